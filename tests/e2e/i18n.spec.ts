import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { htmlFiles, urlPathOf } from '../../lib/static-export'
import { sitemapPaths } from './site-pages'

/**
 * Both languages, over the built site: each page says its language, names its other-language
 * version with hreflang alternates that point back, and links to it where readers can see it.
 */
const out = path.resolve('out')
const pages = sitemapPaths()
const spanish = pages.filter((p) => p.startsWith('/es/'))
const english = pages.filter((p) => !p.startsWith('/es/'))

const read = (urlPath: string) => fs.readFileSync(path.join(out, decodeURIComponent(urlPath), 'index.html'), 'utf8')
/** hreflang → local path, from a page's <link rel="alternate" hreflang> tags. */
function alternates(html: string): Record<string, string> {
  return Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, new URL(m[2]!).pathname]))
}

test('the sitemap lists every page in both languages, each with its alternates', () => {
  expect(spanish.length).toBe(english.length)
  const xml = fs.readFileSync(path.join(out, 'sitemap.xml'), 'utf8')
  // Every <url> of a translated page names both versions and the default.
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!)
  expect(entries.length).toBe(pages.length)
  for (const e of entries) for (const l of ['en', 'es', 'x-default']) expect(e, e.slice(0, 120)).toContain(`hreflang="${l}"`)
})

test('every page sets <html lang> by its address: en at the root, es under /es/', () => {
  for (const file of htmlFiles(out)) {
    const page = urlPathOf(out, file)
    const lang = /<html lang="([^"]+)"/.exec(fs.readFileSync(file, 'utf8'))?.[1]
    expect(lang, page).toBe(page.startsWith('/es/') ? 'es' : 'en')
  }
})

test('hreflang pairs are reciprocal, and each page shows a link to its other version', () => {
  for (const p of pages) {
    const html = read(p)
    const alt = alternates(html)
    const lang = p.startsWith('/es/') ? 'es' : 'en'
    const other = lang === 'es' ? 'en' : 'es'
    expect(alt[lang], `${p} names itself`).toBe(p)
    expect(alt['x-default'], `${p} x-default is the English page`).toBe(alt.en)
    const twin = alt[other]
    expect(twin, `${p} has a ${other} version`).toBeTruthy()
    expect(alternates(read(twin!)), `${twin} points back to ${p}`).toEqual(alt)
    // The visible link, in the other language's words and marked with its language.
    expect(html, p).toMatch(new RegExp(`<p class="language-links[^"]*"[^>]*><a href="${twin!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" hrefLang="${other}" lang="${other}">`, 'i'))
  }
})

test('Open Graph says each page’s locale and the other one', () => {
  const es = read('/es/articles/efectos-secundarios/')
  expect(es).toContain('<meta property="og:locale" content="es_US"')
  expect(es).toContain('<meta property="og:locale:alternate" content="en_US"')
  expect(read('/articles/side-effects/')).toContain('<meta property="og:locale" content="en_US"')
})

test('switching language keeps the section being read', async ({ page }) => {
  await page.goto('/articles/side-effects/#driving')
  await page.getByRole('link', { name: 'Leer en español' }).first().click()
  await expect(page).toHaveURL('/es/articles/efectos-secundarios/#driving')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.locator('#driving')).toBeInViewport()
})

test('an unknown address under /es/ gets the Spanish 404, anything else the English one', async ({ page }) => {
  let response = await page.goto('/es/articulos/no-existe/')
  expect(response?.status()).toBe(404)
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.getByRole('heading', { level: 1, name: 'No encontramos la página' })).toBeVisible()
  await expect(page.getByRole('main').getByRole('link', { name: 'obtenga ayuda ahora' })).toHaveAttribute('href', '/es/help/')
  response = await page.goto('/no-such-page/')
  expect(response?.status()).toBe(404)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('Spanish pages give Spanish crisis help first, on every page', async ({ page }) => {
  await page.goto('/es/articles/efectos-secundarios/')
  const strip = page.getByRole('complementary', { name: 'Ayuda en una crisis' })
  await expect(strip).toContainText('oprima 2 para español')
  await expect(strip.getByRole('link', { name: 'Obtenga ayuda ahora' })).toHaveAttribute('href', '/es/help/')
})

test('search on a Spanish page searches the Spanish pages only', async ({ page }) => {
  await page.goto('/es/search/#q=somnolencia')
  const results = page.locator('[data-search-results] li a')
  await expect(results.first()).toBeVisible()
  const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')))
  expect(hrefs.length).toBeGreaterThan(0)
  for (const h of hrefs) expect(h).toMatch(/^\/es\//)
  await expect(page.locator('[data-search-status]')).toContainText('coincide')
})

test('glossary previews on a Spanish page show the Spanish definition', async ({ page }) => {
  await page.goto('/es/articles/efectos-secundarios/')
  const term = page.locator('main a.glossary-term').first()
  await expect(term).toHaveAttribute('href', /^\/es\/glossary\/#/)
  await term.focus()
  const preview = page.locator('#preview')
  await expect(preview).toBeVisible()
  await expect(preview.getByRole('link', { name: 'Leerlo en el glosario' })).toBeVisible()
})
