import fs from 'node:fs'
import path from 'node:path'
import type { Root } from 'mdast'
import { fingerprint } from '../fingerprint'
import { getRegistry } from './context'
import { scanCollection } from './loader'
import { CONTENT_DIRS, type Collection } from './paths'
import { parseContent } from './parse'
import { SECTIONS } from './sections'
import { assignHeadingIds, RESERVED_IDS } from '../toc'

/** A page a link can point at, with the ids a `#fragment` may name on it. */
export interface IndexedPage {
  ids: Set<string>
  /** Heading texts, for "headings that exist" hints. */
  headings: { id: string; text: string }[]
  draft: boolean
  file?: string
}

/** Every address on the site. Links in content are checked against it. */
export type SiteIndex = Map<string, IndexedPage>

const fixed = (ids: string[] = [], headings: { id: string; text: string }[] = []): IndexedPage => ({ ids: new Set(ids), headings, draft: false })

/**
 * Build the index from the content itself: each article and page with its heading ids (from the
 * same slugger the pages use), plus the routes the app defines in code.
 */
export function buildSiteIndex(root: string): SiteIndex {
  const index: SiteIndex = new Map()
  index.set('/', fixed())
  index.set('/articles/', fixed(SECTIONS.map((s) => s.id), SECTIONS.map((s) => ({ id: s.id, text: s.title }))))
  index.set('/references/', fixed([...getRegistry(root).entries.keys()]))
  index.set('/corrections/', fixed())
  index.set('/search/', fixed())
  for (const collection of ['articles', 'pages'] as Collection[]) {
    for (const entry of scanCollection(root, collection).entries) {
      let headings: { id: string; text: string }[] = []
      try {
        headings = assignHeadingIds(parseContent(fs.readFileSync(path.join(root, entry.file), 'utf8'), path.join(root, entry.file)) as Root).headings.map(({ id, text }) => ({ id, text }))
      } catch {
        // A syntax error is reported for that file itself; links to it still resolve by address.
      }
      index.set(entry.href, { ids: new Set([...RESERVED_IDS, ...headings.map((h) => h.id)]), headings, draft: entry.frontmatter.draft, file: entry.file })
    }
  }
  return index
}

let cached: { key: string; index: SiteIndex } | undefined

/** The site index, cached per process and rebuilt when any content file changes. */
export function getSiteIndex(root: string): SiteIndex {
  const key = fingerprint([CONTENT_DIRS.articles, CONTENT_DIRS.pages, CONTENT_DIRS.references].map((d) => path.join(root, d)))
  if (cached?.key !== key) cached = { key, index: buildSiteIndex(root) }
  return cached.index
}
