import type { Neighbours } from '@/lib/content/related'
import { PAGE_IDS } from '@/lib/page-ids'

/** Related reading, then previous and next in the suggested reading order. */
export function ArticleFooterNav({ previous, next, related }: Neighbours) {
  return (
    <>
      {related.length ? (
        <section aria-labelledby={PAGE_IDS.relatedReading} data-pagefind-ignore="" className="no-print mt-12 border-t border-line pt-6">
          <h2 id={PAGE_IDS.relatedReading} className="text-2xl font-bold">Related reading</h2>
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
        <nav aria-label="Reading order" data-pagefind-ignore="" className="no-print reading-order">
          {previous ? (
            <a href={previous.href} rel="prev">
              <span>Previous</span>
              <span>{previous.frontmatter.title}</span>
            </a>
          ) : <span />}
          {next ? (
            <a href={next.href} rel="next">
              <span>Next</span>
              <span>{next.frontmatter.title}</span>
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  )
}
