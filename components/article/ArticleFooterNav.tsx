import type { Neighbours } from '@/lib/content/related'
import { messages, type Locale } from '@/lib/i18n'
import { PAGE_IDS } from '@/lib/page-ids'

/** Related reading, then previous and next in the suggested reading order. */
export function ArticleFooterNav({ previous, next, related, lang }: Neighbours & { lang: Locale }) {
  const t = messages(lang).article
  return (
    <>
      {related.length ? (
        <section aria-labelledby={PAGE_IDS.relatedReading} data-pagefind-ignore="" className="no-print mt-12 border-t border-line pt-6">
          <h2 id={PAGE_IDS.relatedReading} className="text-2xl font-bold">{t.related}</h2>
          <ul className="mt-3 list-disc space-y-2 pl-6">
            {related.map((a) => (
              <li key={a.slug}>
                <a href={a.href}>{a.frontmatter.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {previous || next ? (
        <nav aria-label={t.readingOrder} data-pagefind-ignore="" className="no-print reading-order">
          {previous ? (
            <a href={previous.href} rel="prev">
              <span>{t.previous}</span>
              <span>{previous.frontmatter.title}</span>
            </a>
          ) : <span />}
          {next ? (
            <a href={next.href} rel="next">
              <span>{t.next}</span>
              <span>{next.frontmatter.title}</span>
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  )
}
