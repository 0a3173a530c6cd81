import path from 'node:path'
import { getArticles, getPages } from './loader'
import { checkFile } from './pipeline'

export interface CitingPage {
  title: string
  href: string
}

/**
 * For every registry key, the published pages that cite it, in reading order. Built from the same
 * analysis the pages themselves are compiled with, so the lists cannot disagree.
 */
export function citationIndex(root = process.cwd()): Map<string, CitingPage[]> {
  const index = new Map<string, CitingPage[]>()
  const entries = [
    ...getArticles(root).map((a) => ({ ...a, collection: 'articles' as const })),
    ...getPages(root).map((p) => ({ ...p, collection: 'pages' as const })),
  ]
  for (const entry of entries) {
    const { analysis } = checkFile(root, path.join(root, entry.file), entry.collection)
    for (const ref of analysis?.references ?? []) {
      const list = index.get(ref.id) ?? []
      list.push({ title: entry.frontmatter.title, href: `${entry.href}#ref-${ref.id}` })
      index.set(ref.id, list)
    }
  }
  return index
}
