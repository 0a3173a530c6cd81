'use client'

import { useEffect, useRef, useState, type MouseEvent } from 'react'

interface Props {
  /** The heading's id. */
  id: string
}

/** Say it to screen readers through the page's one live region (components/layout/Announcer.tsx). */
function announce(message: string) {
  const region = document.getElementById('announcer')
  if (!region) return
  region.textContent = ''
  // A fresh text node after clearing makes screen readers repeat the message on a second copy.
  window.setTimeout(() => (region.textContent = message), 50)
}

/** The page's canonical address (set from lib/config), so shared links point at the public site. */
function canonical(): string {
  return document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? `${window.location.origin}${window.location.pathname}`
}

const MESSAGES = {
  idle: '',
  copied: 'Link copied',
  failed: 'Could not copy: the link to this section is now in the address bar',
} as const

/**
 * "Copy link to this section". Without JavaScript it is a plain link to the heading (the address
 * bar then holds the section's link); with it, a click copies the canonical URL and says so in
 * words, beside the control and through the page's live region for screen readers.
 */
export function CopyLink({ id }: Props) {
  const [state, setState] = useState<keyof typeof MESSAGES>('idle')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  async function copy(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault()
    const url = `${canonical().split('#')[0]}#${id}`
    let result: keyof typeof MESSAGES = 'copied'
    try {
      await navigator.clipboard.writeText(url)
    } catch {
      window.location.hash = id
      result = 'failed'
    }
    setState(result)
    announce(MESSAGES[result])
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setState('idle'), 5000)
  }

  return (
    <span className="copy-link no-print">
      <a href={`#${id}`} onClick={copy} aria-label="Copy link to this section" aria-describedby={id}>
        Copy link
      </a>
      {state === 'idle' ? null : <span className="copy-link-status">{MESSAGES[state]}</span>}
    </span>
  )
}
