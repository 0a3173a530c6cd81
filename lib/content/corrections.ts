import type { Entry } from './loader'
import { messages, SOURCE_LOCALE } from '../i18n'
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

/** Where a page's own change log sits on /corrections/: `/articles/side-effects/` → `changes-articles-side-effects`. */
export const changeLogId = (href: string) => ['changes', ...href.split('/').filter(Boolean)].join('-')

/** "2 corrections, 1 update": what a page's change log holds, in words. */
export function historyCounts(history: HistoryItem[] = [], words = messages(SOURCE_LOCALE).article.counts): string {
  const { corrections, updates } = splitHistory(history)
  // words: [singular, plural], from the page language's dictionary.
  const count = (n: number, [one, many]: string[]) => (n ? [`${n} ${n === 1 ? one : many}`] : [])
  return [...count(corrections.length, words.correction), ...count(updates.length, words.update)].join(', ')
}

/** One change log per page with a history, most recently changed first (then by title). */
export function changeLogs(entries: Entry<ArticleFrontmatter | PageFrontmatter>[]) {
  return entries
    .filter((e) => e.frontmatter.history?.length)
    .map((e) => ({ id: changeLogId(e.href), title: e.frontmatter.title, href: e.href, history: e.frontmatter.history! }))
    .sort((a, b) => b.history[0]!.date.localeCompare(a.history[0]!.date) || a.title.localeCompare(b.title))
}
