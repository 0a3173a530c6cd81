import type { Root, RootContent } from 'mdast'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { report } from '../content/rules/define'
import { malformed as malformedRule, unknownKey } from '../content/rules/citations'
import { citationAnchor } from '../page-ids'
import { jsxText } from '../content/jsx'
import { placeIn } from '../content/place'
import { didYouMean } from '../suggest'
import { findCitations } from './parse'
import type { Registry } from './registry'

/**
 * A source as one article cites it: only what the article itself decides. The compiled page
 * carries this much and no more; the reference text comes from the registry when the page renders
 * (see citedReferences), so each build holds one copy of every reference, not one per page.
 */
export interface CitedSource {
  /** Registry key. */
  id: string
  /** Number in this article: order of first use. */
  n: number
  /** Ids of every marker citing it, in order, for the back-links. */
  backlinks: string[]
}

/** What a citation marker needs to render: its number, its entry, and its own id. */
export interface CiteItem {
  n: number
  id: string
  /** The marker's id, for the back-link; none when the source is listed on another page. */
  anchor?: string
  /** The page whose source list holds this source, when it is not the page the marker is on. */
  listedOn?: Listing
}

/** A page whose numbered source list a part of another page uses (the shared closing part). */
export interface Listing {
  href: string
  title: string
}

/**
 * Replace `[@key]` clusters with numbered `<Cite>` markers, numbered by first use, and collect the
 * article's reference list with a back-link for every marker. Unknown or malformed keys become
 * located messages (errors), never a "?" on the page. With `listedOn`, the tree is text shown on
 * several pages whose sources are listed once, on that page: the markers number and link as they
 * do there, and carry no back-link ids.
 */
export function transformCitations(tree: Root, registry: Registry, file: VFile, listedOn?: Listing): CitedSource[] {
  const numbers = new Map<string, number>()
  const backlinks = new Map<string, string[]>()
  const known = [...registry.entries.keys()]

  visit(tree, (node, index, parent) => {
    if (node.type === 'link' || node.type === 'inlineCode' || node.type === 'code' || node.type === 'heading') return SKIP
    if (node.type !== 'text' || !parent || index === undefined) return
    const { clusters, malformed } = findCitations(node.value)
    for (const bad of malformed) {
      report(file, malformedRule, `Citation not understood: ${bad.text}`, placeIn(node, bad.start), 'write [@key] for one source, or [@key1; @key2] for several; keys are the "id" fields in content/references/.')
    }
    if (!clusters.length) return
    const replacement: RootContent[] = []
    let cursor = 0
    for (const cluster of clusters) {
      if (cluster.start > cursor) replacement.push({ type: 'text', value: node.value.slice(cursor, cluster.start) })
      const items: CiteItem[] = []
      for (const key of [...new Set(cluster.keys)]) {
        if (!registry.entries.has(key)) {
          const at = placeIn(node, cluster.start + Math.max(0, node.value.slice(cluster.start, cluster.end).indexOf(`@${key}`)))
          report(file, unknownKey, `Unknown citation key "${key}": no entry with this id in content/references/.`, at, didYouMean(key, known) ?? 'no known key is close; add the source to content/references/ first (see docs/editing.md).')
          continue
        }
        if (!numbers.has(key)) numbers.set(key, numbers.size + 1)
        const list = backlinks.get(key) ?? []
        // Short ids (source number, then occurrence): each appears in the text and its back-link.
        const n = numbers.get(key)!
        if (listedOn) {
          items.push({ n, id: key, listedOn })
          continue
        }
        const anchor = citationAnchor(n, list.length + 1)
        list.push(anchor)
        backlinks.set(key, list)
        items.push({ n, id: key, anchor })
      }
      // A cluster with no known key stays as written: it is already an error, and the
      // coverage rule then sees that the editor did cite something.
      if (items.length) replacement.push(jsxText('Cite', { items }) as unknown as RootContent)
      else replacement.push({ type: 'text', value: node.value.slice(cluster.start, cluster.end) })
      cursor = cluster.end
    }
    if (cursor < node.value.length) replacement.push({ type: 'text', value: node.value.slice(cursor) })
    parent.children.splice(index, 1, ...(replacement as typeof parent.children))
    return [SKIP, index + replacement.length]
  })

  return [...numbers.entries()].map(([id, n]) => ({ id, n, backlinks: backlinks.get(id) ?? [] }))
}
