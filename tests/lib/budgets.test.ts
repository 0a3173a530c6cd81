import { describe, expect, it } from 'vitest'
import { BUDGETS, overBudget, type PageWeight } from '@/bench/weight'

const page = (path: string, gz: Partial<Record<'html' | 'css' | 'js' | 'ownJs', number>>): PageWeight => ({
  path,
  article: path.startsWith('/articles/') && path !== '/articles/',
  html: { raw: 0, gz: gz.html ?? 10_000 },
  css: { raw: 0, gz: gz.css ?? 7_000 },
  js: { raw: 0, gz: gz.js ?? 130_000 },
  ownJs: { raw: 0, gz: gz.ownJs ?? 3_000 },
  noModule: { raw: 0, gz: 39_000 },
})

describe('npm run bench -- --check budgets', () => {
  it('passes pages within every budget', () => {
    expect(overBudget([page('/articles/a/', {}), page('/', {})])).toEqual([])
  })

  it('flags an article page over the HTML or JS budget, in words', () => {
    expect(overBudget([page('/articles/a/', { html: BUDGETS.html + 1, js: BUDGETS.articleJs + 500 })])).toEqual([
      '/articles/a/: JS 140.5 KB gzip > 140.0 KB',
      '/articles/a/: HTML 30.0 KB gzip > 30.0 KB',
    ])
  })

  it('holds every page, not only articles, to the CSS and own-JS budgets', () => {
    expect(overBudget([page('/references/', { html: 99_000, css: 16_000, ownJs: 11_000 })])).toEqual([
      '/references/: our own JS 11.0 KB gzip > 10.0 KB',
      '/references/: CSS 16.0 KB gzip > 15.0 KB',
    ])
  })
})
