import type { TocEntry } from '@/lib/toc'
import { messages, type Locale } from '@/lib/i18n'
import { PAGE_IDS } from '@/lib/page-ids'

interface Props {
  entries: TocEntry[]
  /** Entries the page adds around the body (key facts, references). */
  before?: TocEntry[]
  after?: TocEntry[]
  lang: Locale
}

/**
 * "Contents": the article's h2s, with their h3s nested, as a labelled navigation region. A
 * disclosure, collapsed on a phone so the answer comes first; on a wide screen it is a sticky side
 * column (app/globals.css) that browser/contents.ts opens and marks with the current section.
 */
export function TableOfContents({ entries, before = [], after = [], lang }: Props) {
  const all = [...before, ...entries, ...after]
  if (all.length < 2) return null
  const groups: { head: TocEntry; subs: TocEntry[] }[] = []
  for (const e of all) {
    if (e.depth <= 2 || !groups.length) groups.push({ head: e, subs: [] })
    else groups.at(-1)!.subs.push(e)
  }
  return (
    <nav aria-labelledby={PAGE_IDS.contents} data-pagefind-ignore="" className="toc no-print">
      <details>
        <summary>
          <h2 id={PAGE_IDS.contents}>{messages(lang).article.contents}</h2>
        </summary>
        <ol>
          {groups.map(({ head, subs }) => (
            <li key={head.id}>
              <a href={`#${head.id}`}>{head.text}</a>
              {subs.length ? (
                <ol>
                  {subs.map((s) => (
                    <li key={s.id}>
                      <a href={`#${s.id}`}>{s.text}</a>
                    </li>
                  ))}
                </ol>
              ) : null}
            </li>
          ))}
        </ol>
      </details>
    </nav>
  )
}
