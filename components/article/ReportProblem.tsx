import { site } from '@/lib/config'
import { reportLinks } from '@/lib/report'
import { PAGE_IDS } from '@/lib/page-ids'

/**
 * "Report a problem with this page": a plain link to the repository's issue form with the page
 * filled in, and an email option when an address is configured. Nothing is sent by the link itself.
 */
export function ReportProblem({ title, path }: { title: string; path: string }) {
  const links = reportLinks({ title, path })
  return (
    <section aria-labelledby={PAGE_IDS.reportProblem} className="no-print box mt-10" data-pagefind-ignore="">
      <h2 id={PAGE_IDS.reportProblem} className="text-lg font-bold">Found a mistake?</h2>
      <p className="mt-1">
        <a href={links.issue}>Report a problem with this page</a> (opens a form on GitHub, where reports are public).
        {links.email ? (
          <>
            {' '}Or <a href={links.email}>email {site.contactEmail}</a>.
          </>
        ) : null}{' '}
        Please leave out health details about yourself. See <a href="/corrections/">what we have corrected</a>.
      </p>
    </section>
  )
}
