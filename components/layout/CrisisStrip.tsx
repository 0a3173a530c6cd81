import { localePath, messages, type Locale } from '@/lib/i18n'
import { PAGE_IDS } from '@/lib/page-ids'

/**
 * Crisis help on every page, before the header, so it is the second thing a keyboard reaches.
 * Two short lines on a phone, so the page's answer still fits the first screen. The 988 line and
 * "local emergency number" wording are explained, with sources, on the help page of each language.
 */
export function CrisisStrip({ lang }: { lang: Locale }) {
  const t = messages(lang).chrome
  return (
    <aside aria-label={t.crisisLabel} id={PAGE_IDS.crisisHelp} className="crisis-strip">
      <p>
        <strong>{t.crisisQuestion}</strong> {t.crisisCall.before}
        <a href="tel:988">{t.crisisCall.number}</a>
        {t.crisisCall.after} <a href={localePath(lang, '/help/')}>{t.getHelpNow}</a>
      </p>
    </aside>
  )
}
