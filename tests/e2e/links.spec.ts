import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { htmlFiles, urlPathOf } from '../../lib/static-export'

/**
 * Broken-link check over the built site: every internal href on every page points at a file
 * that exists, and every #fragment at an id on that page.
 */
const out = path.resolve('out')
function fileFor(urlPath: string): string {
  const clean = decodeURIComponent(urlPath)
  return clean.endsWith('/') ? path.join(out, clean, 'index.html') : path.join(out, clean)
}

test('every internal link and #fragment on every page resolves', () => {
  const ids = new Map<string, Set<string>>()
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...fs.readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)))
    return ids.get(file)!
  }
  const broken: string[] = []
  let checked = 0
  for (const file of htmlFiles(out)) {
    const page = urlPathOf(out, file).replace(/index\.html$/, '')
    const html = fs.readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>/g, '')
    for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      if (!href || /^(https?:|mailto:|tel:)/.test(href)) continue
      checked++
      const [p = '', frag] = href.replace(/&amp;/g, '&').split('#')
      const target = p === '' ? file : fileFor(new URL(p, `http://x${page}`).pathname)
      if (!fs.existsSync(target)) broken.push(`${page}: ${href} (no such page)`)
      else if (frag && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(frag))) broken.push(`${page}: ${href} (no #${frag} there)`)
    }
  }
  expect(broken).toEqual([])
  expect(checked).toBeGreaterThan(500)
})
