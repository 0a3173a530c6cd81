/**
 * Page weight of the built site: HTML, CSS and JavaScript for every page, raw and gzip, and the
 * budgets they must meet. Pages are plain HTML (lib/plain-html.ts), so a page's JavaScript is the
 * `<script src>` files it names: our one enhancement module.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { unprefixed } from '../lib/i18n/locales'
import { htmlFiles, urlPathOf } from '../lib/static-export'

export interface Bytes {
  raw: number
  gz: number
}
export interface PageWeight {
  path: string
  article: boolean
  html: Bytes
  css: Bytes
  js: Bytes
}

/**
 * 1 KB = 1,000 bytes throughout (the stricter reading). All of an article's JavaScript stays under
 * 8 KB. Its HTML was held to the first round trip of a new connection (about 14 KB) until every
 * article gained its closing "options and next steps" part (issue 17), whose sources are listed
 * once on its own page rather than on every article. The longer articles now take a second round
 * trip, which Lighthouse's LCP budget (bench/lighthouse.ts) accounts for; 20 KB kept them well
 * inside it. Spanish runs about a fifth longer than English: the longest Spanish article is 21.3 KB
 * and still meets the LCP budget (1.14 s, measured with the English ones), so 22 KB.
 */
export const BUDGETS = { articleJs: 8_000, html: 22_000, css: 15_000 }

const gz = (buf: Buffer | string) => zlib.gzipSync(buf, { level: 9 }).length
const bytes = (buf: Buffer | string): Bytes => ({ raw: Buffer.byteLength(buf), gz: gz(buf) })
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gz: a.gz + b.gz })
const ZERO: Bytes = { raw: 0, gz: 0 }
export const total = (p: PageWeight): Bytes => add(add(p.html, p.css), p.js)

/** The files a page names in `attr` of the tags `pattern` matches, weighed (query strings dropped). */
function linked(out: string, html: string, pattern: RegExp): Bytes {
  let sum = ZERO
  for (const m of html.matchAll(pattern)) {
    const file = path.join(out, decodeURIComponent(m[1]!.split('?')[0]!))
    if (fs.existsSync(file)) sum = add(sum, bytes(fs.readFileSync(file)))
  }
  return sum
}

/** Weigh every page of the static export. */
export function measureSite(outDir = 'out'): PageWeight[] {
  const out = path.resolve(outDir)
  return htmlFiles(out)
    .map((file) => {
      const html = fs.readFileSync(file, 'utf8')
      const rel = urlPathOf(out, file).replace(/index\.html$/, '')
      return {
        path: rel,
        // An article in any language (/articles/x/, /es/articles/x/).
        article: /^\/articles\/[^/]+\/$/.test(unprefixed(rel)),
        html: bytes(html),
        css: linked(out, html, /<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g),
        js: linked(out, html, /<script\b[^>]*\bsrc="([^"]+)"/g),
      }
    })
    .sort((a, b) => a.path.localeCompare(b.path))
}

/** Each budget a page breaks, in words. JS and HTML budgets apply to article pages. */
export function overBudget(pages: PageWeight[]): string[] {
  const problems: string[] = []
  const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`
  for (const p of pages) {
    if (p.css.gz > BUDGETS.css) problems.push(`${p.path}: CSS ${kb(p.css.gz)} gzip > ${kb(BUDGETS.css)}`)
    if (!p.article) continue
    if (p.js.gz > BUDGETS.articleJs) problems.push(`${p.path}: JS ${kb(p.js.gz)} gzip > ${kb(BUDGETS.articleJs)}`)
    if (p.html.gz > BUDGETS.html) problems.push(`${p.path}: HTML ${kb(p.html.gz)} gzip > ${kb(BUDGETS.html)}`)
  }
  return problems
}

/** A fixed-width table of the figures (KB = 1,000 bytes, gzip level 9). */
export function weightTable(pages: PageWeight[]): string {
  const kb = (n: number) => (n / 1000).toFixed(1)
  const cols = ['HTML raw', 'HTML gz', 'CSS gz', 'JS raw', 'JS gz', 'total gz']
  const head = `${'page'.padEnd(42)} ${cols.map((c) => c.padStart(9)).join(' ')}`
  const rows = pages.map((p) => `${p.path.padEnd(42)} ${[p.html.raw, p.html.gz, p.css.gz, p.js.raw, p.js.gz, total(p).gz].map((n) => kb(n).padStart(9)).join(' ')}`)
  return [head, ...rows].join('\n')
}
