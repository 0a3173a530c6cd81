import { WIDE } from './contents'

/**
 * The "Sources (N)" disclosure (components/article/ReferenceList.tsx): opened when a link or the
 * address targets an entry in it, on a wide screen, and before printing, so a reference is never
 * hidden from someone who asked for it.
 */
export function sources() {
  const details = document.querySelector<HTMLDetailsElement>('section.references details')
  if (!details) return
  /** Open it if `hash` names an entry inside; says whether it did. */
  const openFor = (hash: string) => {
    const target = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null
    if (!target || !details.contains(target)) return undefined
    details.open = true
    return target
  }
  // Before the browser follows a link to an entry, so it scrolls to a visible one.
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null
    if (link) openFor(link.hash)
  })
  window.addEventListener('hashchange', () => openFor(window.location.hash))
  window.addEventListener('beforeprint', () => (details.open = true))
  if (window.matchMedia(WIDE).matches) details.open = true
  // A shared link to an entry: the browser could not scroll to it while it was hidden.
  openFor(window.location.hash)?.scrollIntoView()
}
