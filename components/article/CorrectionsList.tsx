import type { Correction } from '@/lib/content/corrections'
import { formatDate, messages, type Locale } from '@/lib/i18n'

/** Every correction on the site, newest first: when, where, what changed and why. */
export function CorrectionsList({ corrections, lang }: { corrections: Correction[]; lang: Locale }) {
  const t = messages(lang).corrections
  if (!corrections.length) return <p className="mt-6">{t.none}</p>
  return (
    <ol className="mt-6 space-y-6" reversed>
      {corrections.map((c) => (
        <li key={`${c.date}-${c.page.href}-${c.summary}`} className="border-t border-line pt-4">
          <p className="font-semibold">
            <time dateTime={c.date}>{formatDate(c.date, lang)}</time>: <a href={c.page.href}>{c.page.title}</a>
          </p>
          <p className="mt-1"><span className="font-semibold">{t.whatChanged}</span> {c.summary}</p>
          <p className="mt-1"><span className="font-semibold">{t.why}</span> {c.why}</p>
        </li>
      ))}
    </ol>
  )
}
