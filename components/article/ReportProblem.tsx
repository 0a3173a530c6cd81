import { site } from '@/lib/config'
import { localePath, messages, type Locale } from '@/lib/i18n'
import { reportLinks } from '@/lib/report'
import { PAGE_IDS } from '@/lib/page-ids'

/**
 * "Report a problem with this page": a plain link to the repository's issue form with the page
 * filled in, and an email option when an address is configured. Nothing is sent by the link itself.
 */
export function ReportProblem({ title, path, lang }: { title: string; path: string; lang: Locale }) {
  const t = messages(lang).article
  // The form and the email are read by the editors, in English, whatever the page's language.
  const links = reportLinks({ title, path })
  return (
    <section aria-labelledby={PAGE_IDS.reportProblem} className="no-print box mt-10" data-pagefind-ignore="">
      <h2 id={PAGE_IDS.reportProblem} className="text-lg font-bold">{t.mistakeHeading}</h2>
      <p className="mt-1">
        <a href={links.issue}>{t.reportLink}</a> {t.reportWhere}
        {links.email ? (
          <>
            {' '}{t.reportOr} <a href={links.email}>{t.reportEmail(site.contactEmail!)}</a>.
          </>
        ) : null}{' '}
        {t.reportPrivacy} <a href={localePath(lang, '/corrections/')}>{t.reportCorrections}</a>.
      </p>
    </section>
  )
}
