// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import ArticlePage from '@/app/(en)/articles/[slug]/page'
import { getArticles } from '@/lib/content/loader'

afterEach(cleanup)

describe('the contents list and the headings agree (one slugger everywhere)', () => {
  it.each(getArticles().map((a) => [a.slug]))('%s', async (slug) => {
    const { container } = render(await ArticlePage({ params: Promise.resolve({ slug }) }))
    const toc = screen.getByRole('navigation', { name: 'Contents' })
    const tocTargets = within(toc).getAllByRole('link').map((a) => a.getAttribute('href')!.slice(1))
    const headingIds = [...container.querySelectorAll('article h2[id], article h3[id]')].map((h) => h.id).filter((id) => !['on-this-page', 'related-reading', 'report-problem'].includes(id))
    expect(tocTargets).toEqual(headingIds)
    expect(new Set(headingIds).size).toBe(headingIds.length)
  })
})
