// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { copyLinks } from '@/browser/copy-link'
import { CopyLink } from '@/components/mdx/CopyLink'
import { Announcer } from '@/components/layout/Announcer'
import { renderToStaticMarkup } from 'react-dom/server'

// The server-rendered link, enhanced by the browser module exactly as public/enhance.js does.
beforeAll(() => copyLinks())
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('copy link to this section', () => {
  it('is a plain link to the heading before any script runs', () => {
    render(<CopyLink lang="en" id="risks" />)
    const link = screen.getByRole('link', { name: 'Copy link to this section' })
    expect(link.getAttribute('href')).toBe('#risks')
    expect(link.getAttribute('aria-describedby')).toBe('risks')
  })

  it('copies the canonical address with the section and says so in a live region', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.assign(navigator, { clipboard: { writeText } })
    window.history.pushState(null, '', '/articles/side-effects/')
    document.head.innerHTML = '<link rel="canonical" href="https://example.org/articles/side-effects/">'
    // The page's live region, which carries the words in the page's language.
    document.body.insertAdjacentHTML('beforeend', renderToStaticMarkup(<Announcer lang="en" />))
    render(<CopyLink lang="en" id="risks" />)
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Copy link to this section' }))
    })
    expect(writeText).toHaveBeenCalledWith('https://example.org/articles/side-effects/#risks')
    expect(screen.getByText('Link copied')).toBeTruthy()
    await act(async () => {
      await new Promise((r) => setTimeout(r, 60))
    })
    expect(document.getElementById('announcer')?.textContent).toBe('Link copied')
  })

  it('falls back to putting the link in the address bar when copying is refused', async () => {
    Object.assign(navigator, { clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } })
    render(<CopyLink lang="en" id="risks" />)
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Copy link to this section' }))
    })
    expect(window.location.hash).toBe('#risks')
    expect(screen.getByText(/address bar/)).toBeTruthy()
  })
})
