import fs from 'node:fs'
import path from 'node:path'

/** Every page address in the built sitemap, as a local path (the sweep covers the whole site). */
export function sitemapPaths(): string[] {
  const xml = fs.readFileSync(path.resolve('out/sitemap.xml'), 'utf8')
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
  // A sweep over an empty sitemap would pass without looking at anything.
  if (paths.length < 10) throw new Error(`out/sitemap.xml lists only ${paths.length} pages`)
  return paths
}

/** One article page, for tests that need a page with citations, glossary terms and headings. */
export const ARTICLE = '/articles/side-effects/'

/**
 * A time limit for a test that visits many pages: the site's page count grows (a language doubled
 * it), so a sweep's limit grows with it rather than being a fixed guess. `perPage` is a generous
 * multiple of what one page took on a loaded CI machine.
 */
export const sweepTimeout = (pages: number, perPage: number) => 30_000 + pages * perPage

/** The sitemap's pages of one language: English at the root, Spanish under /es/. */
export const pagesIn = (lang: 'en' | 'es') => sitemapPaths().filter((p) => p.startsWith('/es/') === (lang === 'es'))
