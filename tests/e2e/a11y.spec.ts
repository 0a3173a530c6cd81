import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { pagesIn, sweepTimeout } from './site-pages'

/**
 * The accessibility sweep: every page in the sitemap, in light and dark colour schemes, at phone
 * and desktop widths, against WCAG 2.0, 2.1 and 2.2 levels A and AA. A failure names the page,
 * the setting, the rule and the elements.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']
const SETTINGS = [
  { scheme: 'light', width: 390 },
  { scheme: 'light', width: 1280 },
  { scheme: 'dark', width: 390 },
  { scheme: 'dark', width: 1280 },
] as const

for (const { scheme, width } of SETTINGS) for (const lang of ['en', 'es'] as const) {
  test(`every page passes axe (${lang}, ${scheme}, ${width}px)`, async ({ browser }) => {
    const pages = pagesIn(lang)
    expect(pages.length).toBeGreaterThan(10)
    test.setTimeout(sweepTimeout(pages.length, 8_000))
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 900 } })
    const page = await context.newPage()
    const problems: string[] = []
    for (const path of pages) {
      await page.goto(path, { waitUntil: 'networkidle' })
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
      for (const v of violations) problems.push(`${path} [${scheme} ${width}px] ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`)
    }
    await context.close()
    expect(problems).toEqual([])
  })
}

test('an open preview and a tapped glossary term pass axe too', async ({ page }) => {
  await page.goto('/articles/side-effects/')
  await page.locator('main p sup.cite a').first().focus()
  await expect(page.locator('#preview')).toBeVisible()
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([])
})

test('the sweep itself can fail: it catches a missing alt text and low contrast', async ({ page }) => {
  await page.goto('/', { waitUntil: 'networkidle' })
  await page.evaluate(() => {
    const main = document.querySelector('main')!
    const img = document.createElement('img')
    img.src = '/icon.svg'
    const faint = document.createElement('p')
    faint.textContent = 'Text too faint to read'
    faint.style.color = '#f4f4f4'
    main.append(img, faint)
  })
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  expect(violations.map((v) => v.id)).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']))
})

test('every documented component example passes axe, in light and dark', async ({ browser }) => {
  const { EXAMPLES, renderExample } = await import('../helpers/examples')
  const html = (await Promise.all(EXAMPLES.map(async ([name, e]) => `<section><h2>${name}: ${e.title}</h2>${(await renderExample(e.mdx)).html}</section>`))).join('')
  expect(html).toContain('Urgent advice')
  const problems: string[] = []
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme: scheme })
    const page = await context.newPage()
    // The site's own page and stylesheet, with the examples in place of its main content.
    await page.goto('/', { waitUntil: 'networkidle' })
    await page.evaluate((body) => {
      document.querySelector('main')!.innerHTML = `<article class="mx-auto max-w-measure"><h1>Components</h1><div class="prose-site">${body}</div></article>`
    }, html)
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
    for (const v of violations) problems.push(`[${scheme}] ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`)
    await context.close()
  }
  expect(problems).toEqual([])
})
