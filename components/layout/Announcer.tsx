import { messages, type Locale } from '@/lib/i18n'
import { PAGE_IDS } from '@/lib/page-ids'

/**
 * One polite live region per page. Controls that confirm an action in words (copy link) write
 * here, so screen readers announce it without every control carrying its own region. It carries
 * those words in the page's language for the script (browser/copy-link.ts) to read.
 */
export function Announcer({ lang }: { lang: Locale }) {
  const t = messages(lang).article
  return <p id={PAGE_IDS.announcer} role="status" className="sr-only" data-copied={t.copied} data-copy-failed={t.copyFailed} />
}
