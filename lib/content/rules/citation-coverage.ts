import type { Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Finding } from '../findings'

/** `{/* no-cite: reason *\/}`: an editor's visible note that the next block states no fact. */
const NO_CITE = /^\s*\/\*\s*no-cite\b\s*:?\s*([\s\S]*?)\s*\*\/\s*$/

export interface Coverage {
  /** Paragraphs and list items checked (blocks that must carry a citation or a reason). */
  blocks: number
  cited: number
  exempt: number
}

type Node = RootContent & { children?: RootContent[] }

/** A citation marker, or an attempted one (`[@…`) that the citation rules already report. */
function hasCite(node: Node): boolean {
  if (node.type === 'mdxJsxTextElement' && node.name === 'Cite') return true
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
 * no fact only when the editor says so, with a reason, in a `no-cite` comment on the line before
 * it (covering the whole block: a list, a table, a callout) or inside it. Lead-in lines ending in
 * a colon and lines that are only links are not claims and are not counted.
 */
export function citationCoverageRule(tree: Root, file: string): { coverage: Coverage; findings: Finding[] } {
  const findings: Finding[] = []
  const coverage: Coverage = { blocks: 0, cited: 0, exempt: 0 }

  const check = (node: Node, exempt: boolean) => {
    coverage.blocks++
    const inner = innerReason(node)
    if (inner === '') findings.push(reasonMissing(node))
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
        hint: 'cite the source right after the claim ([@key]); if it states no fact (advice, a question, a statement about this site), put {/* no-cite: your reason */} on the line before it.',
      })
    }
  }

  const reasonMissing = (node: Node): Finding => ({
    file,
    ...at(node),
    severity: 'error',
    rule: 'cite/no-cite-reason',
    message: 'A no-cite marker without a reason.',
    hint: 'say why the block needs no source, e.g. {/* no-cite: personal advice */}.',
  })

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
        if (reason === '') findings.push(reasonMissing(node))
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
          findings.push({ file, ...at(node), severity: 'error', rule: 'cite/uncited-claim', message: 'A table with no citation in any cell.', hint: 'cite the sources in the cells, or mark the table with {/* no-cite: your reason */} on the line before it.' })
        }
      } else if (node.type !== 'heading' && node.type !== 'code' && node.children) {
        walk(node.children, covered)
      }
    }
  }
  walk(tree.children, false)
  return { coverage, findings }
}
