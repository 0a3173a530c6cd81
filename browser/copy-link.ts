import { announce } from './announce'
import { PAGE_IDS } from '../lib/page-ids'

/** What to say, in the page's language: carried by the live region (components/layout/Announcer.tsx). */
function message(result: 'copied' | 'failed'): string {
  const region = document.getElementById(PAGE_IDS.announcer)
  return region?.dataset[result === 'copied' ? 'copied' : 'copyFailed'] ?? ''
}

/** The page's canonical address (set from lib/config), so shared links point at the public site. */
function canonical(): string {
  return document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? `${window.location.origin}${window.location.pathname}`
}

/**
 * "Copy link to this section" (components/mdx/CopyLink.tsx). Without JavaScript it is a plain
 * link to the heading; here a click copies the section's canonical address and says so in words,
 * beside the control and through the page's live region.
 */
export function copyLinks() {
  const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>()
  document.addEventListener('click', async (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-copy-link]') : null
    if (!link) return
    event.preventDefault()
    const id = link.hash.slice(1)
    let result: 'copied' | 'failed' = 'copied'
    try {
      await navigator.clipboard.writeText(`${canonical().split('#')[0]}#${id}`)
    } catch {
      window.location.hash = id
      result = 'failed'
    }
    const holder = link.parentElement!
    let status = holder.querySelector('.copy-link-status')
    if (!status) {
      status = document.createElement('span')
      status.className = 'copy-link-status'
      holder.append(status)
    }
    status.textContent = message(result)
    announce(message(result))
    clearTimeout(timers.get(holder))
    timers.set(holder, setTimeout(() => status.remove(), 5000))
  })
}
