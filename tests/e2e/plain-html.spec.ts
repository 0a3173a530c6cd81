import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { expect, test } from '@playwright/test'
import { ARTICLE, sitemapPaths, sweepTimeout } from './site-pages'

/**
 * Pages are plain HTML: no framework runtime in the export, one small module of our own, and
 * every page readable with JavaScript off (issue 13).
 */
const pages = sitemapPaths()

/** Modules of this project (not the framework's) that a client-reference manifest would hydrate. */
function projectClientModules(manifestSource: string): string[] {
  const sandbox: { __RSC_MANIFEST?: Record<string, { clientModules: Record<string, unknown> }> } = {}
  vm.runInNewContext(manifestSource, { globalThis: sandbox })
  return Object.values(sandbox.__RSC_MANIFEST ?? {}).flatMap((m) => Object.keys(m.clientModules).filter((file) => !file.includes('/node_modules/') && !file.endsWith('.css')))
}

test('no client component is left: the manifests name only the framework and CSS', () => {
  const manifests = fs.readdirSync('.next/server/app', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('_client-reference-manifest.js'))
  expect(manifests.length).toBeGreaterThan(5)
  for (const file of manifests) expect(projectClientModules(fs.readFileSync(path.join('.next/server/app', file), 'utf8')), file).toEqual([])
  // The check itself can fail: a manifest with one of our modules in it is caught.
  const planted = 'globalThis.__RSC_MANIFEST={"/x/page":{"clientModules":{"/repo/components/Widget.tsx":{},"/repo/node_modules/next/a.js":{},"/repo/app/globals.css":{}}}}'
  expect(projectClientModules(planted)).toEqual(['/repo/components/Widget.tsx'])
})

test('every page in out/ carries only JSON-LD and our one module, and no flight data files remain', () => {
  for (const page of pages) {
    const html = fs.readFileSync(path.join('out', page, page.endsWith('/') ? 'index.html' : ''), 'utf8')
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!.trim())
    expect(scripts.filter((attrs) => attrs !== 'type="application/ld+json"' && !/^type="module" src="\/enhance\.js\?v=[0-9a-f]+"$/.test(attrs)), page).toEqual([])
    expect(html, page).not.toContain('__next_f')
    expect(html, page).not.toMatch(/rel="(modulepreload|preload)"[^>]*as="script"|rel="modulepreload"/)
  }
  const leftovers = fs.readdirSync('out', { recursive: true, encoding: 'utf8' }).filter((f) => /(^|\/)(index|__next\..*)\.txt$/.test(f) || (f.startsWith('_next/') && f.endsWith('.js')))
  expect(leftovers).toEqual([])
})

test('no page asks for anything under /_next/ but its stylesheet and fonts', async ({ page }) => {
  test.setTimeout(sweepTimeout(pages.length, 3_000))
  const framework: string[] = []
  page.on('request', (r) => {
    const url = new URL(r.url())
    if (url.pathname.startsWith('/_next/') && !/\.(css|woff2)$/.test(url.pathname)) framework.push(`${page.url()} → ${url.pathname}`)
  })
  for (const p of pages) await page.goto(p, { waitUntil: 'networkidle' })
  // Search loads its index and WebAssembly on demand: make it do so.
  await page.goto('/search/')
  await page.getByLabel('Search for a word or phrase').fill('bladder')
  await expect(page.getByRole('main').getByRole('link', { name: 'Long-term risks and misuse' })).toBeVisible()
  await expect(page.getByText('Search needs JavaScript')).toBeHidden()
  expect(framework).toEqual([])
})

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('every page reads completely: its heading, its text, and a working crisis line', async ({ page }) => {
    test.setTimeout(sweepTimeout(pages.length, 3_000))
    for (const p of pages) {
      await page.goto(p)
      await expect(page.locator('h1'), p).toHaveCount(1)
      await expect(page.locator('h1'), p).toBeVisible()
      await expect(page.getByRole('link', { name: '988' }).first(), p).toHaveAttribute('href', 'tel:988')
      // Nothing in the main content is waiting for a script to show it. A collapsed disclosure
      // (contents, sources) is one click away by design: its summary must show instead. Words
      // marked print-only are for paper (where the sources are listed) and never wait for a script.
      const hidden = await page.locator('main').evaluate((main) =>
        [...main.querySelectorAll('p, li, h2, h3, td, summary')]
          .filter((el) => el.textContent!.trim() && !el.closest('[hidden], [popover], .sr-only, .print-only'))
          .filter((el) => !(el.tagName !== 'SUMMARY' && el.closest('details:not([open])')))
          .filter((el) => !el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
          .map((el) => el.textContent!.trim().slice(0, 60)),
      )
      expect(hidden, p).toEqual([])
    }
  })

  test('every in-page link lands on its target', async ({ page }) => {
    await page.goto(ARTICLE)
    const hrefs = await page.locator('main a[href^="#"]').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))])
    expect(hrefs.length).toBeGreaterThan(20)
    for (const href of hrefs) expect(await page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`).count(), href).toBe(1)
    // Following one really moves there.
    const cite = page.locator('main p sup.cite a').first()
    const target = await cite.getAttribute('href')
    await cite.click()
    await expect(page).toHaveURL(new RegExp(`${target}$`))
    await expect(page.locator(target!)).toBeInViewport()
  })

  test('previews fall back to links: a citation to its reference, a term to the glossary', async ({ page }) => {
    await page.goto(ARTICLE)
    await page.locator('main p sup.cite a').first().hover()
    await expect(page.locator('#preview')).toBeHidden()
    const term = page.locator('main a.glossary-term').first()
    const href = await term.getAttribute('href')
    expect(href).toMatch(/^\/glossary\/#[a-z0-9-]+$/)
    await term.click()
    await expect(page).toHaveURL(new RegExp(`${href}$`))
    await expect(page.locator(href!.slice('/glossary/'.length))).toBeInViewport()
  })

  test('the search page says plainly that it needs JavaScript, and where to look instead', async ({ page }) => {
    await page.goto('/search/')
    await expect(page.getByRole('main')).toContainText('needs JavaScript')
    await expect(page.getByRole('main').getByRole('link', { name: /articles/i }).first()).toBeVisible()
  })

  test('the print button stays hidden; the browser can still print the page', async ({ page }) => {
    await page.goto(ARTICLE)
    await expect(page.getByRole('button', { name: /print/i })).toHaveCount(0)
  })
})
