import type { Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { VFile } from 'vfile'
import { didYouMean } from '../../suggest'
import { defineRule, report } from './define'

export const unknownKey = defineRule({ id: 'cite/unknown-key', catches: 'a citation to an id that is not in the registry (with the nearest ids)', severity: 'error' })
export const malformed = defineRule({ id: 'cite/malformed', catches: 'a citation written wrongly (`[@a, @b]`, `[see @c]`)', severity: 'error' })

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
function innerMarker(node: Node): { reason: string; node: Node } | undefined {
  for (const child of node.children ?? []) {
    const reason = noCiteReason(child as Node)
    if (reason !== undefined) return { reason, node: child as Node }
    if (child.type === 'list') continue
    const inner = innerMarker(child as Node)
    if (inner) return inner
  }
  return undefined
}

export interface Coverage {
  /** Paragraphs and list items checked (blocks that must carry a citation or a reason). */
  blocks: number
  cited: number
  exempt: number
}

/**
 * Walk the blocks that must carry a citation: every paragraph and list item, unless a no-cite
 * marker on the line before (covering a whole list, table or callout) or inside it says it states
 * no fact. Lead-in lines ending in a colon and lines of only links are not claims.
 */
function walkClaims(tree: Root, visit: (node: Node, covered: boolean, marker?: { reason: string; node: Node }) => void, onMarker: (reason: string, node: Node) => void, onTable: (node: Node, covered: boolean) => void, onCareCard: (node: Node) => void) {
  const isLeadIn = (node: Node) => node.type === 'paragraph' && /:\s*$/.test(toString(node))
  const isOnlyLinks = (node: Node) => node.type === 'paragraph' && (node.children ?? []).every((c) => c.type === 'link' || c.type === 'image' || (c.type === 'text' && !/\p{L}/u.test(c.value)))
  const walk = (nodes: RootContent[], exempt: boolean) => {
    let markNext = false
    for (const raw of nodes) {
      const node = raw as Node
      const reason = noCiteReason(node)
      if (reason !== undefined && node.type === 'mdxFlowExpression') {
        onMarker(reason, node)
        markNext = true
        continue
      }
      const covered = exempt || markNext
      markNext = false
      if (node.type === 'paragraph') {
        if (!isLeadIn(node) && !isOnlyLinks(node)) visit(node, covered, innerMarker(node))
      } else if (node.type === 'list') {
        for (const item of node.children) {
          // A list item's own paragraphs are judged as one block; nested lists are walked.
          const block = { ...item, children: item.children.filter((c) => c.type !== 'list') } as Node
          visit(block, covered, innerMarker(block))
          walk(item.children.filter((c) => c.type === 'list'), covered)
        }
      } else if (node.type === 'table') {
        onTable(node, covered)
      } else if (node.type === 'mdxJsxFlowElement' && node.name === 'CareCard') {
        onCareCard(node)
        walk(node.children ?? [], covered)
      } else if (node.type !== 'heading' && node.type !== 'code' && node.children) {
        walk(node.children, covered)
      }
    }
  }
  walk(tree.children, false)
}

const preview = (node: Node) => {
  const text = toString(node).trim()
  return text.length > 70 ? `${text.slice(0, 67)}...` : text
}

export const uncitedClaim = defineRule({
  id: 'cite/uncited-claim',
  catches: 'a paragraph, list item or table with no citation and no no-cite marker',
  severity: 'error',
  check(tree, file) {
    const coverage: Coverage = { blocks: 0, cited: 0, exempt: 0 }
    const hint = `cite the source right after the claim ([@key]); if it states no fact, put {/* no-cite: reason */} on the line before it, with one of: ${REASON_IDS.join(', ')}.`
    walkClaims(
      tree,
      (node, covered, marker) => {
        coverage.blocks++
        if (hasCite(node)) coverage.cited++
        else if (covered || marker) coverage.exempt++
        else report(file, uncitedClaim, `${node.type === 'listItem' ? 'A list item' : 'A paragraph'} with no citation: "${preview(node)}"`, node, hint)
      },
      () => {},
      (node, covered) => {
        if (!covered && !hasCite(node)) report(file, uncitedClaim, 'A table with no citation in any cell.', node, `cite the sources in the cells, or mark the table with {/* no-cite: reason */} on the line before it, with one of: ${REASON_IDS.join(', ')}.`)
      },
      () => {},
    )
    file.data.coverage = coverage
  },
})

function checkReason(file: VFile, reason: string, node: Node) {
  if (REASON_IDS.includes(reason)) return
  const near = reason ? didYouMean(reason, REASON_IDS) : undefined
  report(
    file,
    noCiteReason_,
    reason === '' ? 'A no-cite marker without a reason.' : `A no-cite marker with the reason "${reason}", which is not one the site accepts.`,
    node,
    `a block may go uncited only for one of these reasons: ${REASONS_IN_WORDS}; write it as {/* no-cite: question */}${near ? ` (${near})` : ''}. Advice and definitions are facts: cite them.`,
  )
}

const noCiteReason_ = defineRule({
  id: 'cite/no-cite-reason',
  catches: 'a no-cite marker without one of the four reasons (question, navigation, about-site, checklist)',
  severity: 'error',
  check(tree, file) {
    walkClaims(
      tree,
      (node, _covered, marker) => {
        // A marker inside a block is reported at the block, where the editor reads it.
        if (marker) checkReason(file, marker.reason, node)
      },
      (reason, node) => checkReason(file, reason, node),
      () => {},
      () => {},
    )
  },
})
export { noCiteReason_ as noCiteReason }

export const careCard = defineRule({
  id: 'cite/care-card',
  catches: 'a care card with no citation (advice on when to get help is clinical content)',
  severity: 'error',
  check(tree, file) {
    walkClaims(tree, () => {}, () => {}, () => {}, (node) => {
      if (!hasCite(node)) report(file, careCard, 'A care card with no citation.', node, 'advice on when to get help is clinical content: cite the label warning, the medication guide or national guidance (NHS, NICE) inside the card.')
    })
  },
})
