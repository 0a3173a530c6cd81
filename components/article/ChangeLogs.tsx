import type { changeLogs } from '@/lib/content/corrections'
import { formatDate, messages, type Locale } from '@/lib/i18n'

/** Every page's change log, each under its own heading, which the page's review box links to. */
export function ChangeLogs({ logs, lang }: { logs: ReturnType<typeof changeLogs>; lang: Locale }) {
  if (!logs.length) return null
  const t = messages(lang).corrections
  return (
    <section aria-labelledby="changes-by-page" className="mt-12 border-t border-line pt-6">
      <h2 id="changes-by-page" className="text-2xl font-bold">{t.byPage}</h2>
      {logs.map((log) => (
        <section key={log.id} aria-labelledby={log.id} className="mt-6">
          <h3 id={log.id} className="text-xl font-bold">
            <a href={log.href}>{log.title}</a>
          </h3>
          <ul className="mt-2 list-disc space-y-2 pl-6">
            {log.history.map((h) => (
              <li key={`${h.date}-${h.summary}`}>
                <time dateTime={h.date}>{formatDate(h.date, lang)}</time>
                {h.kind === 'correction' ? <strong> {t.correction}</strong> : null}: {h.summary}
                {h.why ? <> {t.why} {h.why}</> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  )
}
