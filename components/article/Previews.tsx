'use client'

import { useEffect, useRef } from 'react'
import { PAGE_IDS } from '@/lib/page-ids'

/**
 * One shared popover that previews what a link points to without leaving the text: a citation's
 * reference (from the reference list on the page) or a glossary term's definition. It opens on focus, hover
 * or tap, stays while the pointer is over it, and closes with Esc or a click elsewhere (the
 * browser's own popover behaviour), as WCAG 1.4.13 asks. Without JavaScript the links still go
 * to the reference or the glossary.
 */
export function Previews() {
  const ref = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const popover = ref.current
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

    /** The reference list entry a citation marker points to, as preview content. */
    const referenceContent = (el: HTMLElement): Node[] | undefined => {
      const source = document.getElementById(el.getAttribute('href')?.slice(1) ?? '')
      if (!source) return undefined
      const copy = source.cloneNode(true) as HTMLElement
      copy.querySelectorAll('.no-print').forEach((n) => n.remove())
      copy.querySelectorAll('[id]').forEach((n) => n.removeAttribute('id'))
      const title = paragraph(el.getAttribute('aria-label') ?? 'Source', 'font-bold')
      const text = paragraph('')
      text.append(...copy.childNodes)
      return [title, text, link(`#${source.id}`, 'Go to the reference list')]
    }

    /** A glossary definition, from the one small file all pages share (loaded on first use). */
    type Definitions = Record<string, { term: string; definition: string }>
    let definitions: Promise<Definitions> | undefined
    const definitionContent = async (el: HTMLElement): Promise<Node[] | undefined> => {
      const id = el.getAttribute('href')?.split('#')[1] ?? ''
      definitions ??= fetch('/glossary/definitions.json')
        .then((r) => r.json() as Promise<Definitions>)
        .catch(() => ({}))
      const entry = (await definitions)[id]
      if (!entry) return undefined
      return [paragraph(entry.term, 'font-bold'), paragraph(entry.definition), link(`/glossary/#${id}`, 'Read it in the glossary')]
    }

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
    const triggerOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLElement>('sup.cite a, a.glossary-term') : null)
    const inside = (t: EventTarget | null) => t instanceof Node && popover.contains(t)

    const onPointerDown = (e: PointerEvent) => {
      lastPointer = e.pointerType
    }
    const onOver = (e: MouseEvent) => {
      const el = triggerOf(e.target)
      if (el) void show(el)
      else if (inside(e.target)) clearTimeout(hideTimer)
    }
    const onOut = (e: MouseEvent) => {
      if (!triggerOf(e.target) && !inside(e.target)) return
      if (inside(e.relatedTarget) || (trigger && triggerOf(e.relatedTarget) === trigger)) return
      hideSoon()
    }
    const onFocusIn = (e: FocusEvent) => {
      const el = triggerOf(e.target)
      if (el) void show(el)
    }
    // Focus moving on closes the card at once, so it never covers the next focused control;
    // the delay is only for a pointer travelling from the word to the card.
    const onFocusOut = (e: FocusEvent) => {
      if (triggerOf(e.target) && !inside(e.relatedTarget) && triggerOf(e.relatedTarget) === null) hide()
    }
    // A tap shows the preview first; a second tap on the same marker follows the link.
    const onClick = (e: MouseEvent) => {
      const el = triggerOf(e.target)
      if (!el) return
      if (lastPointer === 'touch' && !(trigger === el && isOpen())) {
        e.preventDefault()
        void show(el)
      } else hide()
    }
    // Keep the card next to its word while the page scrolls; close it once the word is out of view.
    let frame = 0
    const onScroll = () => {
      if (!trigger || !isOpen()) return
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        if (!trigger) return
        const r = trigger.getBoundingClientRect()
        if (r.bottom < 0 || r.top > window.innerHeight) hide()
        else place(trigger)
      })
    }
    const onToggle = (e: Event) => {
      if ((e as ToggleEvent).newState === 'closed') trigger = null
    }

    // One signal removes every listener when the component goes away.
    const listeners = new AbortController()
    const signal = listeners.signal
    document.addEventListener('pointerdown', onPointerDown, { capture: true, signal })
    document.addEventListener('mouseover', onOver, { signal })
    document.addEventListener('mouseout', onOut, { signal })
    document.addEventListener('focusin', onFocusIn, { signal })
    document.addEventListener('focusout', onFocusOut, { signal })
    document.addEventListener('click', onClick, { signal })
    popover.addEventListener('toggle', onToggle, { signal })
    window.addEventListener('scroll', onScroll, { passive: true, signal })
    window.addEventListener('resize', onScroll, { signal })
    return () => {
      clearTimeout(hideTimer)
      cancelAnimationFrame(frame)
      listeners.abort()
    }
  }, [])

  return <div ref={ref} id={PAGE_IDS.preview} popover="auto" className="preview" />
}
