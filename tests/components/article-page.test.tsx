// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import ArticlePage from '@/app/(en)/articles/[slug]/page'

afterEach(cleanup)

const slug = 'what-is-ketamine-therapy'

describe('the article page', () => {
  it('renders the title, review stamp, contents, key facts and body', async () => {
    render(await ArticlePage({ params: Promise.resolve({ slug }) }))
    expect(screen.getByRole('heading', { level: 1, name: 'What is ketamine therapy?' })).toBeTruthy()
    expect(screen.getByText('Last reviewed')).toBeTruthy()
    const toc = screen.getByRole('navigation', { name: 'Contents' })
    expect(within(toc).getByRole('link', { name: 'Key facts' }).getAttribute('href')).toBe('#key-facts')
    expect(within(toc).getByRole('link', { name: 'Sources' }).getAttribute('href')).toBe('#references')
    const keyFacts = screen.getByRole('complementary', { name: 'Key facts' })
    expect(within(keyFacts).getAllByRole('listitem')).toHaveLength(5)
  })

  it('links every citation marker to its reference, and every reference back to each marker', async () => {
    const { container } = render(await ArticlePage({ params: Promise.resolve({ slug }) }))
    const all = [...container.querySelectorAll<HTMLAnchorElement>('sup.cite a')]
    // The closing part's markers link to its own page's list instead (checked below).
    const markers = all.filter((a) => a.getAttribute('href')!.startsWith('#'))
    const shared = all.filter((a) => !a.getAttribute('href')!.startsWith('#'))
    expect(markers.length).toBeGreaterThan(20)
    expect(shared.length).toBeGreaterThan(10)
    // Before its first number, the closing part says whose list its numbers belong to.
    const part = container.querySelector('section.next-steps')!
    const note = part.querySelector(':scope > p')!
    expect(note.querySelector('a')?.getAttribute('href')).toBe('/next-steps/#references')
    expect(note.compareDocumentPosition(shared[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    for (const a of shared) {
      expect(a.getAttribute('href')).toMatch(/^\/next-steps\/#ref-/)
      expect(a.id).toBe('')
      expect(a.getAttribute('aria-label')).toMatch(/^Source \d+ of “Your options and next steps”$/)
      expect(a.closest('section.next-steps')).not.toBeNull()
    }
    for (const marker of markers) {
      const target = container.querySelector(marker.getAttribute('href')!)
      expect(target?.tagName).toBe('LI')
      expect(target!.querySelector(`a[href="#${marker.id}"]`)).not.toBeNull()
    }
    const first = markers[0]!
    expect(first.textContent).toBe('1')
    expect(first.getAttribute('aria-label')).toBe('Source 1')
    const list = screen.getByRole('region', { name: /^Sources \(\d+\)$/ })
    expect(within(list).getAllByRole('listitem')[0]?.id).toBe(first.getAttribute('href')!.slice(1))
  })

  it('says what kind of evidence each reference is', async () => {
    render(await ArticlePage({ params: Promise.resolve({ slug }) }))
    expect(screen.getAllByText(/^Type of evidence: /).length).toBeGreaterThan(5)
  })

  it('is a 404 for an unknown slug', async () => {
    await expect(ArticlePage({ params: Promise.resolve({ slug: 'no-such-article' }) })).rejects.toMatchObject({
      digest: expect.stringContaining('404'),
    })
  })
})

describe('ids on the page', () => {
  it('come from lib/page-ids.ts or from the headings, so a heading can never take a chrome id', async () => {
    const { PAGE_IDS, isReservedId } = await import('@/lib/page-ids')
    const { container } = render(await ArticlePage({ params: Promise.resolve({ slug }) }))
    const headingIds = new Set([...container.querySelectorAll('article h2[id], article h3[id], article h4[id]')].map((h) => h.id))
    const chrome = new Set<string>(Object.values(PAGE_IDS))
    const ids = [...container.querySelectorAll('[id]')].map((el) => el.id)
    expect(ids.length).toBeGreaterThan(50)
    // A heading's id is never reserved; every other id is the chrome's or one the site makes (ref-, cite-, ia-…).
    const unexplained = ids.filter((id) => !chrome.has(id) && (headingIds.has(id) ? isReservedId(id) : !isReservedId(id)))
    expect(unexplained).toEqual([])
  })
})
