'use client'

import { useEffect, useRef, useState, type MouseEvent } from 'react'

interface Props {
  /** The heading's id. */
  id: string
  /** The site's canonical origin (from lib/config), so shared links point at the public site. */
  origin: string
}

const MESSAGES = {
  idle: '',
  copied: 'Link copied',
  failed: 'Could not copy: the link to this section is now in the address bar',
} as const

/**
 * "Copy link to this section". Without JavaScript it is a plain link to the heading (the address
 * bar then holds the section's link); with it, a click copies the canonical URL and says so in
 * words, in a live region that screen readers announce.
 */
export function CopyLink({ id, origin }: Props) {
  const [state, setState] = useState<keyof typeof MESSAGES>('idle')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  async function copy(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault()
    const url = `${origin}${window.location.pathname}#${id}`
    try {
      await navigator.clipboard.writeText(url)
      setState('copied')
    } catch {
      window.location.hash = id
      setState('failed')
    }
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setState('idle'), 5000)
  }

  return (
    <span className="copy-link no-print" data-pagefind-ignore="">
      <a href={`#${id}`} onClick={copy} aria-label="Copy link to this section" aria-describedby={id}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
          <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
        </svg>
        Copy link
      </a>
      <span role="status" className="copy-link-status">
        {MESSAGES[state]}
      </span>
    </span>
  )
}
