import { PAGE_IDS } from '../lib/page-ids'

type Definitions = Record<string, { term: string; definition: string }>

const paragraph = (text: string, className?: string) => {
  const p = document.createElement('p')
  p.textContent = text
  if (className) p.className = className
  return p
}
const link = (href: string, text: string) => {
  const a = document.createElement('a')
  a.href = href
  a.textContent = text
  return a
}

/** The reference list entry a citation marker points to, as preview content. */
function referenceContent(el: HTMLElement): Node[] | undefined {
  const source = document.getElementById(el.getAttribute('href')?.slice(1) ?? '')
  if (!source) return undefined
  const copy = source.cloneNode(true) as HTMLElement
  copy.querySelectorAll('.no-print').forEach((n) => n.remove())
  copy.querySelectorAll('[id]').forEach((n) => n.removeAttribute('id'))
  const text = paragraph('')
  text.append(...copy.childNodes)
  return [paragraph(el.getAttribute('aria-label') ?? '', 'font-bold'), text, link(`#${source.id}`, words('goToReferences'))]
}

/** Words in the page's language, carried by the preview card (components/article/Previews.tsx). */
const words = (key: 'goToReferences' | 'readInGlossary') => document.getElementById(PAGE_IDS.preview)?.dataset[key] ?? ''

/** A glossary definition, from the one small file all pages of a language share (loaded on first use). */
let definitions: Promise<Definitions> | undefined
async function definitionContent(el: HTMLElement): Promise<Node[] | undefined> {
  // The term links its glossary (/glossary/ or /es/glossary/): the definitions sit beside it.
  const [glossary = '', id = ''] = el.getAttribute('href')?.split('#') ?? []
  definitions ??= fetch(`${glossary}definitions.json`)
    .then((r) => r.json() as Promise<Definitions>)
    .catch(() => ({}))
  const entry = (await definitions)[id]
  if (!entry) return undefined
  return [paragraph(entry.term, 'font-bold'), paragraph(entry.definition), link(`${glossary}#${id}`, words('readInGlossary'))]
}

/**
 * One shared popover (components/article/Previews.tsx) that previews what a link points to
 * without leaving the text: a citation's reference, or a glossary term's definition. It opens on
 * focus, hover or tap, stays while the pointer is over it, and closes with Esc or a click
 * elsewhere (the browser's own popover behaviour), as WCAG 1.4.13 asks. Without JavaScript the
 * links still go to the reference or the glossary.
 */
export function previews() {
  const popover = document.getElementById(PAGE_IDS.preview)
  if (!popover || typeof popover.showPopover !== 'function') return
  let trigger: HTMLElement | null = null
  let hideTimer: ReturnType<typeof setTimeout> | undefined
  let lastPointer = 'mouse'
  const isOpen = () => popover.matches(':popover-open')

  const place = (el: HTMLElement) => {
    const margin = 8
    const r = el.getBoundingClientRect()
    const p = popover.getBoundingClientRect()
    const below = r.bottom + margin
    const top = below + p.height > window.innerHeight - margin && r.top - p.height - margin > margin ? r.top - p.height - margin : below
    const left = Math.max(margin, Math.min(r.left, window.innerWidth - p.width - margin))
    popover.style.top = `${top}px`
    popover.style.left = `${left}px`
  }
  const show = async (el: HTMLElement) => {
    clearTimeout(hideTimer)
    if (trigger === el && isOpen()) return
    trigger = el
    const content = el.classList.contains('glossary-term') ? await definitionContent(el) : referenceContent(el)
    if (!content || trigger !== el) return
    popover.replaceChildren(...content)
    if (!isOpen()) popover.showPopover()
    place(el)
  }
  const hide = () => {
    if (isOpen()) popover.hidePopover()
    trigger = null
  }
  const hideSoon = () => {
    clearTimeout(hideTimer)
    hideTimer = setTimeout(hide, 300)
  }
  // Only markers whose source is on this page preview; one listed on another page is a plain link.
  const triggerOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLElement>('sup.cite a[href^="#"], a.glossary-term') : null)
  const inside = (t: EventTarget | null) => t instanceof Node && popover.contains(t)

  document.addEventListener('pointerdown', (e) => (lastPointer = e.pointerType), { capture: true })
  document.addEventListener('mouseover', (e) => {
    const el = triggerOf(e.target)
    if (el) void show(el)
    else if (inside(e.target)) clearTimeout(hideTimer)
  })
  document.addEventListener('mouseout', (e) => {
    if (!triggerOf(e.target) && !inside(e.target)) return
    if (inside(e.relatedTarget) || (trigger && triggerOf(e.relatedTarget) === trigger)) return
    hideSoon()
  })
  document.addEventListener('focusin', (e) => {
    const el = triggerOf(e.target)
    if (el) void show(el)
  })
  // Focus moving on closes the card at once, so it never covers the next focused control; the
  // delay is only for a pointer travelling from the word to the card.
  document.addEventListener('focusout', (e) => {
    if (triggerOf(e.target) && !inside(e.relatedTarget) && triggerOf(e.relatedTarget) === null) hide()
  })
  // A tap shows the preview first; a second tap on the same marker follows the link.
  document.addEventListener('click', (e) => {
    const el = triggerOf(e.target)
    if (!el) return
    if (lastPointer === 'touch' && !(trigger === el && isOpen())) {
      e.preventDefault()
      void show(el)
    } else hide()
  })
  // Keep the card next to its word while the page scrolls; close it once the word is out of view.
  let frame = 0
  const follow = () => {
    if (!trigger || !isOpen()) return
    cancelAnimationFrame(frame)
    frame = requestAnimationFrame(() => {
      if (!trigger) return
      const r = trigger.getBoundingClientRect()
      if (r.bottom < 0 || r.top > window.innerHeight) hide()
      else place(trigger)
    })
  }
  window.addEventListener('scroll', follow, { passive: true })
  window.addEventListener('resize', follow)
  popover.addEventListener('toggle', (e) => {
    if ((e as ToggleEvent).newState === 'closed') trigger = null
  })
}
