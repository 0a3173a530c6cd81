/**
 * Site-wide settings. `origin` is the one place the public address is set: canonical URLs, link
 * previews, the sitemap, the feed and "copy link to this section" all derive from it. Beside it,
 * where readers report mistakes: the public repository's issue form, and an email address if set.
 */
import { en } from './i18n/messages/en'

export const site = {
  /** The English name and description; each language's are in its dictionary (lib/i18n/messages/). */
  name: en.site.name,
  /** Public origin, no trailing slash. Override at build time with SITE_ORIGIN. */
  origin: (process.env.SITE_ORIGIN ?? 'https://ketamine-explained.example').replace(/\/+$/, ''),
  /**
   * The public source repository (GitHub), no trailing slash: "Report a problem" opens its issue
   * form (.github/ISSUE_TEMPLATE/report-a-problem.yml). Override at build time with SITE_REPOSITORY.
   */
  repository: (process.env.SITE_REPOSITORY ?? 'https://github.com/ketamine-explained/ketamine-explained').replace(/\/+$/, ''),
  /** An address for reports by email, offered beside the form when set (SITE_CONTACT_EMAIL). */
  contactEmail: process.env.SITE_CONTACT_EMAIL || undefined,
  description: en.site.description,
} as const
