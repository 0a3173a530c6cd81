import { site } from './config'
import { absoluteUrl } from './metadata'

/** The issue form's file name, and the ids of its fields that a link can fill in. */
export const REPORT_FORM = 'report-a-problem.yml'

export interface ReportLinks {
  /** Opens the repository's issue form with the page filled in. */
  issue: string
  /** A mailto: link with the page in the subject, when an address is configured. */
  email?: string
}

/**
 * Where a reader reports a mistake on one page. Plain links: nothing is sent until the reader
 * submits the form or the email themselves.
 */
export function reportLinks(page: { title: string; path: string }, config: Pick<typeof site, 'repository' | 'contactEmail'> = site): ReportLinks {
  const address = absoluteUrl(page.path)
  const form = new URLSearchParams({ template: REPORT_FORM, title: `Problem on "${page.title}"`, page: address })
  const links: ReportLinks = { issue: `${config.repository}/issues/new?${form}` }
  if (config.contactEmail) {
    const mail = new URLSearchParams({
      subject: `Problem on "${page.title}"`,
      body: `Page: ${address}\nSection:\nWhat is wrong:\nYour source (a link to the study, label or guidance):\n`,
    })
    // mailto wants %20 for spaces, not the + that form encoding uses.
    links.email = `mailto:${config.contactEmail}?${mail.toString().replace(/\+/g, '%20')}`
  }
  return links
}
