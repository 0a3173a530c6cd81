import type { CitedReference } from '@/lib/citations/format'
import type { Segment } from '@/lib/citations/format'
import { messages, type Locale } from '@/lib/i18n'
import { PAGE_IDS, referenceId } from '@/lib/page-ids'

/** Reference text with its DOI, PubMed id or URL as links (and printed in full on paper). */
export function ReferenceText({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.href ? (
          <a key={i} href={s.href}>
            {s.text}
          </a>
        ) : (
          s.text
        ),
      )}
    </>
  )
}

const letters = 'abcdefghijklmnopqrstuvwxyz'

/**
 * The numbered reference list of one article, in order of first citation, with the kind of
 * evidence in words and a back-link to every place the source is cited (as GFM footnotes do).
 * Behind a "Sources (N)" disclosure so a phone reader is not handed screens of references;
 * browser/sources.ts opens it when a link targets an entry, on wide screens, and for print
 * (Chromium also opens it by itself for a link to an entry).
 */
export function ReferenceList({ references, url, lang }: { references: CitedReference[]; url: string; lang: Locale }) {
  if (!references.length) return null
  const { article: t, references: r } = messages(lang)
  return (
    <section aria-labelledby={PAGE_IDS.references} className="references">
      <details>
        <summary>
          <h2 id={PAGE_IDS.references}>{t.sourcesCount(references.length)}</h2>
        </summary>
        <ol>
          {references.map((ref) => (
            <li key={ref.id} id={referenceId(ref.id)}>
              <ReferenceText segments={ref.segments} />
              <br />
              <span className="text-muted">{t.evidenceType} {r.evidence[ref.evidence]}.</span>{' '}
              <span className="backlinks no-print">
                {ref.backlinks.length === 1 ? (
                  <a href={`#${ref.backlinks[0]}`} aria-label={t.backTo(ref.n)}>↩</a>
                ) : (
                  // Letters name each place; what they are is said once, not on every link, to keep pages small.
                  <>
                    <span aria-hidden="true">↩</span>
                    <span className="sr-only">{t.backToMany(ref.n)}</span>
                    {ref.backlinks.map((anchor, i) => (
                      <a key={anchor} href={`#${anchor}`}>{letters[i] ?? String(i + 1)}</a>
                    ))}
                  </>
                )}
              </span>
            </li>
          ))}
        </ol>
      </details>
      {/* Pages printed as one or two sheets leave the list out and say where it is (globals.css). */}
      <p className="sources-online print-only">{t.sourcesOnline} {url}#{PAGE_IDS.references}</p>
    </section>
  )
}
