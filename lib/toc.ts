import GithubSlugger from 'github-slugger'
import type { Heading, Root, Text } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
// Brings in the `hProperties` field that mdast-util-to-hast reads from node data.
import type {} from 'mdast-util-to-hast'
import { PAGE_IDS } from './page-ids'

/** One entry of the "On this page" list. */
export interface TocEntry {
  depth: number
  text: string
  id: string
}

/** A heading with its id, as the rules and the contents list see it. */
export interface HeadingInfo extends TocEntry {
  node: Heading
  pinned: boolean
}

/** `## Heading text [#pinned-id]`: an id the editor fixed so links survive rewording. */
export const PINNED = /\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/

/**
 * A slugger primed with the ids the page chrome uses (lib/page-ids.ts), so a heading that would
 * slug to one of them gets a numbered id instead; one per document so repeated headings stay unique.
 */
export function createSlugger(): GithubSlugger {
  const slugger = new GithubSlugger()
  for (const id of Object.values(PAGE_IDS)) slugger.slug(id)
  return slugger
}

/**
 * Give every heading an id (GitHub's slug rules, or the pinned `[#id]`), strip the pin from the
 * text, and return h2/h3 as the table of contents. The same function serves the page, the
 * contents list and the link checker, so they can never disagree.
 */
export function assignHeadingIds(tree: Root): { toc: TocEntry[]; headings: HeadingInfo[] } {
  const slugger = createSlugger()
  const headings: HeadingInfo[] = []
  visit(tree, 'heading', (node) => {
    const last = node.children.at(-1)
    let pinnedId: string | undefined
    if (last?.type === 'text') {
      const m = PINNED.exec(last.value)
      if (m) {
        pinnedId = m[1]
        ;(last as Text).value = last.value.slice(0, m.index)
      }
    }
    const text = toString(node).trim()
    const id = pinnedId ?? slugger.slug(text)
    if (pinnedId) slugger.slug(pinnedId) // reserve it so a later heading cannot take it
    node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } }
    headings.push({ depth: node.depth, text, id, node, pinned: Boolean(pinnedId) })
  })
  const toc = headings.filter((h) => h.depth === 2 || h.depth === 3).map(({ depth, text, id }) => ({ depth, text, id }))
  return { toc, headings }
}
