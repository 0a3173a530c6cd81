import type { Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { didYouMean } from '../../suggest'
import type { Finding } from '../findings'

/**
 * The only reasons a block may go without a citation. Everything else on a health page, advice on
 * when to get help and plain definitions included, is a fact with a source.
 */
export const NO_CITE_REASONS = {
  question: 'a question for the reader to ask or think about',
  navigation: 'a pointer to another page or section of this site',
  'about-site': 'a statement about this site, its sources or this page',
  checklist: 'a checklist line for the reader to tick or fill in',
} as const
const REASON_IDS = Object.keys(NO_CITE_REASONS)
const REASONS_IN_WORDS = Object.entries(NO_CITE_REASONS).map(([id, what]) => `${id} (${what})`).join(', ')

/** `{/* no-cite: question *\/}`: an editor's visible note that the next block states no fact. */
const NO_CITE = /^\s*\/\*\s*no-cite\b\s*:?\s*([\s\S]*?)\s*\*\/\s*$/

export interface Coverage {
  /** Paragraphs and list items checked (blocks that must carry a citation or a reason). */
  blocks: number
  cited: number
  exempt: number
}

type Node = RootContent & { children?: RootContent[] }

/**
 * A citation marker, or an attempted one that another rule already reports: a `[@…` that is not
 * a known key, or a `<Fig>` whose id is unknown (a known figure has become text and a citation).
 */
function hasCite(node: Node): boolean {
  if (node.type === 'mdxJsxTextElement' && (node.name === 'Cite' || node.name === 'Fig')) return true
  if (node.type === 'text' && node.value.includes('[@')) return true
  return (node.children ?? []).some((c) => hasCite(c as Node))
}

/** The reason in a no-cite marker, '' for a marker without one, undefined if it is not a marker. */
function noCiteReason(node: Node): string | undefined {
  if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return undefined
  return NO_CITE.exec(node.value)?.[1]
}

/** A no-cite marker written inside the block itself (e.g. at the end of a list item). */
function innerReason(node: Node): string | undefined {
  for (const child of node.children ?? []) {
    const reason = noCiteReason(child as Node) ?? (child.type === 'list' ? undefined : innerReason(child as Node))
    if (reason !== undefined) return reason
  }
  return undefined
}

function at(node: Node) {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 }
}

/**
 * Every paragraph and list item that states a fact carries at least one citation. A block states
 * no fact only when the editor says so, with one of NO_CITE_REASONS, in a `no-cite` comment on the
 * line before it (covering the whole block: a list, a table, a callout) or inside it. Lead-in lines ending in
 * a colon and lines that are only links are not claims and are not counted.
 */
export function citationCoverageRule(tree: Root, file: string): { coverage: Coverage; findings: Finding[] } {
  const findings: Finding[] = []
  const coverage: Coverage = { blocks: 0, cited: 0, exempt: 0 }

  const check = (node: Node, exempt: boolean) => {
    coverage.blocks++
    const inner = innerReason(node)
    if (inner !== undefined) findings.push(...reasonProblems(inner, node))
    if (hasCite(node)) coverage.cited++
    else if (exempt || inner !== undefined) coverage.exempt++
    else {
      const kind = node.type === 'listItem' ? 'A list item' : 'A paragraph'
      const text = toString(node).trim()
      findings.push({
        file,
        ...at(node),
        severity: 'error',
        rule: 'cite/uncited-claim',
        message: `${kind} with no citation: "${text.length > 70 ? `${text.slice(0, 67)}...` : text}"`,
        hint: `cite the source right after the claim ([@key]); if it states no fact, put {/* no-cite: reason */} on the line before it, with one of: ${REASON_IDS.join(', ')}.`,
      })
    }
  }

  const reasonProblems = (reason: string, node: Node): Finding[] => {
    if (REASON_IDS.includes(reason)) return []
    const message = reason === '' ? 'A no-cite marker without a reason.' : `A no-cite marker with the reason "${reason}", which is not one the site accepts.`
    const near = reason ? didYouMean(reason, REASON_IDS) : undefined
    return [{
      file,
      ...at(node),
      severity: 'error',
      rule: 'cite/no-cite-reason',
      message,
      hint: `a block may go uncited only for one of these reasons: ${REASONS_IN_WORDS}; write it as {/* no-cite: question */}${near ? ` (${near})` : ''}. Advice and definitions are facts: cite them.`,
    }]
  }

  const isLeadIn = (node: Node) => node.type === 'paragraph' && /:\s*$/.test(toString(node))
  // A line of only links or images is navigation or illustration, not a claim.
  const isOnlyLinks = (node: Node) =>
    node.type === 'paragraph' && (node.children ?? []).every((c) => c.type === 'link' || c.type === 'image' || (c.type === 'text' && !/\p{L}/u.test(c.value)))

  const walk = (nodes: RootContent[], exempt: boolean) => {
    let markNext = false
    for (const raw of nodes) {
      const node = raw as Node
      const reason = noCiteReason(node)
      if (reason !== undefined && node.type === 'mdxFlowExpression') {
        findings.push(...reasonProblems(reason, node))
        markNext = true
        continue
      }
      const covered = exempt || markNext
      markNext = false
      if (node.type === 'paragraph') {
        if (isLeadIn(node) || isOnlyLinks(node)) continue
        check(node, covered)
      } else if (node.type === 'list') {
        for (const item of node.children) {
          // A list item's own paragraphs are judged as one block; nested lists are walked.
          check({ ...item, children: item.children.filter((c) => c.type !== 'list') } as Node, covered)
          walk(item.children.filter((c) => c.type === 'list'), covered)
        }
      } else if (node.type === 'table') {
        if (!covered && !hasCite(node)) {
          findings.push({ file, ...at(node), severity: 'error', rule: 'cite/uncited-claim', message: 'A table with no citation in any cell.', hint: `cite the sources in the cells, or mark the table with {/* no-cite: reason */} on the line before it, with one of: ${REASON_IDS.join(', ')}.` })
        }
      } else if (node.type === 'mdxJsxFlowElement' && node.name === 'CareCard' && !hasCite(node)) {
        // When to get help is clinical advice: the card names its source (label, medication guide, NHS, NICE).
        findings.push({ file, ...at(node), severity: 'error', rule: 'cite/care-card', message: 'A care card with no citation.', hint: 'advice on when to get help is clinical content: cite the label warning, the medication guide or national guidance (NHS, NICE) inside the card.' })
        walk(node.children, covered)
      } else if (node.type !== 'heading' && node.type !== 'code' && node.children) {
        walk(node.children, covered)
      }
    }
  }
  walk(tree.children, false)
  return { coverage, findings }
}
