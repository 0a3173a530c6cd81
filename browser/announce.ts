import { PAGE_IDS } from '../lib/page-ids'

/** Say it to screen readers through the page's one live region (components/layout/Announcer.tsx). */
export function announce(message: string) {
  const region = document.getElementById(PAGE_IDS.announcer)
  if (!region) return
  region.textContent = ''
  // A fresh text node after clearing makes screen readers repeat the message on a second copy.
  window.setTimeout(() => (region.textContent = message), 50)
}
