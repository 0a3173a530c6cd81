/** Wide enough for the contents to sit beside the text (the same width as in app/globals.css). */
export const WIDE = '(min-width: 64rem)'

/**
 * The contents (components/article/TableOfContents.tsx): open beside the text on a wide screen,
 * collapsed on a phone, and, while reading, the section in view marked with aria-current.
 */
export function contents() {
  const details = document.querySelector<HTMLDetailsElement>('nav.toc details')
  if (!details) return
  const wide = window.matchMedia(WIDE)
  const fit = () => (details.open = wide.matches)
  fit()
  wide.addEventListener('change', fit)

  const links = new Map([...details.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((a) => [decodeURIComponent(a.hash.slice(1)), a]))
  const targets = [...links.keys()].map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null)
  let current: HTMLAnchorElement | undefined
  let queued = false
  const mark = () => {
    queued = false
    // The last section whose heading has passed the top fifth of the screen.
    const line = window.innerHeight / 5
    const passed = targets.filter((el) => el.getBoundingClientRect().top <= line).at(-1) ?? targets[0]
    const link = passed && links.get(passed.id)
    if (link === current) return
    current?.removeAttribute('aria-current')
    link?.setAttribute('aria-current', 'location')
    current = link
  }
  window.addEventListener('scroll', () => (queued ||= (requestAnimationFrame(mark), true)), { passive: true })
  mark()
}
