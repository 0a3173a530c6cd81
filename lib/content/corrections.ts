import type { Entry } from './loader'
import type { ArticleFrontmatter, PageFrontmatter } from './schema'

export type HistoryItem = NonNullable<ArticleFrontmatter['history']>[number]

/** One correction, with the page it was made on. */
export interface Correction {
  date: string
  summary: string
  why: string
  page: { title: string; href: string }
}

/** Every correction recorded in the pages' history, newest first (then by page title). */
export function collectCorrections(entries: Entry<ArticleFrontmatter | PageFrontmatter>[]): Correction[] {
  return entries
    .flatMap((e) =>
      (e.frontmatter.history ?? [])
        .filter((h) => h.kind === 'correction')
        .map((h) => ({ date: h.date, summary: h.summary, why: h.why ?? '', page: { title: e.frontmatter.title, href: e.href } })),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.page.title.localeCompare(b.page.title))
}

/** A page's history split into corrections and routine updates, each newest first as written. */
export function splitHistory(history: HistoryItem[] = []) {
  return { corrections: history.filter((h) => h.kind === 'correction'), updates: history.filter((h) => h.kind !== 'correction') }
}
