import { describe, expect, it } from 'vitest'
import { BUDGETS, overBudget, total, type PageWeight } from '@/bench/weight'

const page = (path: string, gz: Partial<Record<'html' | 'css' | 'js', number>>): PageWeight => ({
  path,
  article: path.startsWith('/articles/') && path !== '/articles/',
  html: { raw: 0, gz: gz.html ?? 12_000 },
  css: { raw: 0, gz: gz.css ?? 9_000 },
  js: { raw: 0, gz: gz.js ?? 2_500 },
})

describe('npm run bench -- --check budgets', () => {
  it('passes pages within every budget', () => {
    expect(overBudget([page('/articles/a/', {}), page('/', {})])).toEqual([])
  })

  it('flags an article page over the HTML or JS budget, in words', () => {
    expect(overBudget([page('/articles/a/', { html: BUDGETS.html + 1, js: BUDGETS.articleJs + 500 })])).toEqual([
      '/articles/a/: JS 8.5 KB gzip > 8.0 KB',
      '/articles/a/: HTML 22.0 KB gzip > 22.0 KB',
    ])
  })

  it('holds every page to the CSS budget, and only articles to the HTML and JS ones', () => {
    expect(overBudget([page('/references/', { html: 99_000, js: 50_000, css: 16_000 })])).toEqual(['/references/: CSS 16.0 KB gzip > 15.0 KB'])
  })

  it('totals a page as HTML, CSS and JavaScript', () => {
    expect(total(page('/articles/a/', { html: 1, css: 2, js: 3 })).gz).toBe(6)
  })
})

describe('npm run bench -- --check Lighthouse budgets', async () => {
  const { lighthouseOverBudget } = await import('@/bench/lighthouse')
  const row = (path: string, performance: number, lcpMs: number, tbtMs: number) => ({ path, performance, lcpMs, tbtMs, cls: 0, totalKB: 20, accessibility: 100, bestPractices: 100, seo: 100 })

  it('passes medians at the limits', () => {
    expect(lighthouseOverBudget([row('/articles/a/', 100, 1200, 50)])).toEqual([])
  })

  it('names each budget a page misses', () => {
    expect(lighthouseOverBudget([row('/articles/a/', 99, 1201, 51)])).toEqual(['/articles/a/: performance 99 < 100', '/articles/a/: LCP 1201 ms > 1200 ms', '/articles/a/: TBT 51 ms > 50 ms'])
  })
})
