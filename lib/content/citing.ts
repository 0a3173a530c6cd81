import { referenceId } from '../page-ids'

export interface CitingPage {
  title: string
  href: string
}

/**
 * For every registry key, the pages that cite it, in the order given. Built from each page's
 * compiled reference list, so it cannot disagree with what the pages show.
 */
export function citationIndex(pages: (CitingPage & { referenceIds: string[] })[]): Map<string, CitingPage[]> {
  const index = new Map<string, CitingPage[]>()
  for (const page of pages) {
    for (const id of page.referenceIds) {
      const list = index.get(id) ?? []
      list.push({ title: page.title, href: `${page.href}#${referenceId(id)}` })
      index.set(id, list)
    }
  }
  return index
}
