import { PAGE_IDS } from '@/lib/page-ids'

/**
 * One polite live region per page. Controls that confirm an action in words (copy link) write
 * here, so screen readers announce it without every control carrying its own region.
 */
export function Announcer() {
  return <p id={PAGE_IDS.announcer} role="status" className="sr-only" />
}
