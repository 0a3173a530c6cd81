import fs from 'node:fs'
import path from 'node:path'

/** Every page address in the built sitemap, as a local path (the sweep covers the whole site). */
export function sitemapPaths(): string[] {
  const xml = fs.readFileSync(path.resolve('out/sitemap.xml'), 'utf8')
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
}

/** One article page, for tests that need a page with citations, glossary terms and headings. */
export const ARTICLE = '/articles/side-effects/'
