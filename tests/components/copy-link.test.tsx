// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CopyLink } from '@/components/mdx/CopyLink'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('copy link to this section', () => {
  it('is a plain link to the heading before any script runs', () => {
    render(<CopyLink id="risks" origin="https://example.org" />)
    const link = screen.getByRole('link', { name: 'Copy link to this section' })
    expect(link.getAttribute('href')).toBe('#risks')
    expect(link.getAttribute('aria-describedby')).toBe('risks')
  })

  it('copies the canonical address with the section and says so in a live region', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.assign(navigator, { clipboard: { writeText } })
    window.history.pushState(null, '', '/articles/side-effects/')
    render(<CopyLink id="risks" origin="https://example.org" />)
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Copy link to this section' }))
    })
    expect(writeText).toHaveBeenCalledWith('https://example.org/articles/side-effects/#risks')
    expect(screen.getByRole('status').textContent).toBe('Link copied')
  })

  it('falls back to putting the link in the address bar when copying is refused', async () => {
    Object.assign(navigator, { clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } })
    render(<CopyLink id="risks" origin="https://example.org" />)
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Copy link to this section' }))
    })
    expect(window.location.hash).toBe('#risks')
    expect(screen.getByRole('status').textContent).toMatch(/address bar/)
  })
})
