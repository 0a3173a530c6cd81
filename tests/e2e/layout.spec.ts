import { expect, test, type Browser, type Page } from '@playwright/test'
import { ARTICLE, sitemapPaths, sweepTimeout } from './site-pages'

/** Reading on a phone and on a desktop (issue 14): the first screen answers; long pages stay easy to move through. */
// Articles in both languages: Spanish runs longer, and its crisis strip too.
const articles = sitemapPaths().filter((p) => /^(\/es)?\/articles\/[^/]+\/$/.test(p))
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 800 }
const WITH_TABLE = '/articles/how-well-does-it-work/'

/** A fresh page at a screen size, with or without JavaScript; close it with page.context().close(). */
const open = async (browser: Browser, viewport: { width: number; height: number }, javaScriptEnabled = true) => (await browser.newContext({ viewport, javaScriptEnabled })).newPage()

/** Where an element sits on the first screen, before any scrolling. */
const box = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => ({ top: el.getBoundingClientRect().top, bottom: el.getBoundingClientRect().bottom }))

for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
  test(`the first screen shows the title and the start of the key facts on every article (${name})`, async ({ browser }) => {
    expect(articles.length).toBeGreaterThan(5)
    test.setTimeout(sweepTimeout(articles.length, 3_000))
    const page = await open(browser, viewport)
    for (const path of articles) {
      await page.goto(path)
      const title = await box(page, 'h1')
      expect(title.top, path).toBeGreaterThanOrEqual(0)
      expect(title.bottom, path).toBeLessThanOrEqual(viewport.height)
      // The "Key facts" heading and its first fact are on screen.
      const facts = await box(page, 'aside[aria-labelledby="key-facts"] li')
      expect(facts.top, `${path}: first key fact at ${facts.top}px`).toBeLessThan(viewport.height - 24)
      await expect(page.locator('#crisis-help')).toBeInViewport()
    }
    await page.context().close()
  })
}

test('on a phone the header is one row, and the menu opens without JavaScript', async ({ browser }) => {
  const page = await open(browser, PHONE, false)
  await page.goto(ARTICLE)
  const menu = page.getByRole('button', { name: 'Menu' })
  const tops = await Promise.all([page.locator('.site-name'), menu, page.locator('.header-search button')].map((l) => l.evaluate((el) => Math.round(el.getBoundingClientRect().top))))
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(12)
  // ...and fits: the last control keeps the page's side margin.
  const right = await page.locator('.header-search button').evaluate((el) => el.getBoundingClientRect().right)
  expect(right).toBeLessThanOrEqual(PHONE.width - 12)
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav).toBeHidden()
  await menu.click()
  await expect(nav.getByRole('link', { name: 'Glossary' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(nav).toBeHidden()
  await page.context().close()
})

test('on a desktop the navigation is in the header, no menu button', async ({ browser }) => {
  const page = await open(browser, DESKTOP)
  await page.goto(ARTICLE)
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden()
  await page.context().close()
})

test('on a phone the contents are a collapsed disclosure that opens and leads to a section', async ({ browser }) => {
  const page = await open(browser, PHONE)
  await page.goto(ARTICLE)
  const toc = page.getByRole('navigation', { name: 'Contents' })
  const link = toc.getByRole('link').nth(2)
  await expect(link).toBeHidden()
  await toc.locator('summary').click()
  await expect(link).toBeVisible()
  const href = await link.getAttribute('href')
  await link.click()
  await expect(page.locator(href!)).toBeInViewport()
  await page.context().close()
})

test('on a desktop the contents stay beside the text and mark the section being read', async ({ browser }) => {
  const page = await open(browser, DESKTOP)
  await page.goto(ARTICLE)
  const toc = page.getByRole('navigation', { name: 'Contents' })
  const links = toc.getByRole('link')
  await expect(links.nth(3)).toBeVisible()
  // Beside the text, not above it.
  const [tocBox, textBox] = await Promise.all([toc.boundingBox(), page.locator('.prose-site').boundingBox()])
  expect(tocBox!.x).toBeGreaterThan(textBox!.x + textBox!.width)
  const href = (await links.nth(3).getAttribute('href'))!
  await page.locator(href).scrollIntoViewIfNeeded()
  await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), href.slice(1))
  await expect(toc).toBeInViewport()
  await expect(links.nth(3)).toHaveAttribute('aria-current', 'location')
  await expect(toc.locator('a[aria-current]')).toHaveCount(1)
  await page.context().close()
})

test.describe('sources on demand', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`on a phone they are behind "Sources (N)" and open for a citation or a shared link (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
      const page = await open(browser, PHONE, javaScriptEnabled)
      await page.goto(ARTICLE)
      const sources = page.getByRole('region', { name: /^Sources \(\d+\)$/ })
      const entries = sources.locator('ol > li')
      expect(await entries.count()).toBeGreaterThan(5)
      await expect(entries.first()).toBeHidden()
      const cite = page.locator('main p sup.cite a').first()
      const target = (await cite.getAttribute('href'))!
      await cite.click()
      await expect(page.locator(target)).toBeInViewport()
      // A shared link straight to an entry.
      const last = (await entries.last().getAttribute('id'))!
      await page.goto(`${ARTICLE}#${last}`)
      await expect(page.locator(`#${last}`)).toBeInViewport()
      await page.context().close()
    })
  }

  test('they print open with JavaScript off too', async ({ browser }) => {
    const page = await open(browser, PHONE, false)
    await page.goto(ARTICLE)
    await expect(page.locator('section.references ol > li').first()).toBeHidden()
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('section.references ol > li').first()).toBeVisible()
    await page.context().close()
  })

  test('on a desktop and in print they are open', async ({ browser }) => {
    const page = await open(browser, DESKTOP)
    await page.goto(ARTICLE)
    await expect(page.locator('section.references ol > li').first()).toBeVisible()
    await page.setViewportSize(PHONE)
    await page.reload()
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('section.references ol > li').first()).toBeVisible()
    await page.context().close()
  })
})

test('a table wider than a phone scrolls in its own region, says so, and hides no column', async ({ browser }) => {
  const page = await open(browser, PHONE)
  await page.goto(WITH_TABLE)
  // The page's widest table: at least one must be wider than the phone.
  const regions = page.getByRole('region', { name: 'Table, scrolls sideways' })
  const overflow = await regions.evaluateAll((els) => els.map((el) => el.scrollWidth - el.clientWidth))
  const widest = overflow.indexOf(Math.max(...overflow))
  expect(overflow[widest]).toBeGreaterThan(0)
  const region = regions.nth(widest)
  await expect(page.getByText('scroll it sideways to see every column').first()).toBeVisible()
  // The page itself never scrolls sideways; the last column is reachable inside the region.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
  // Bring the table's top (its header row) into view: a tall table would otherwise be centred.
  await region.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await expect(region.locator('th').last()).not.toBeInViewport({ ratio: 0.9 })
  await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }))
  await expect(region.locator('th').last()).toBeInViewport()
  await page.context().close()
})

test('on paper the closing part gives the address of the page that lists its sources', async ({ browser }) => {
  const page = await open(browser, DESKTOP)
  await page.goto(ARTICLE)
  const url = page.locator('section.next-steps .next-steps-url')
  await expect(url).toBeHidden()
  await page.emulateMedia({ media: 'print' })
  await expect(url).toBeVisible()
  await expect(url).toContainText('/next-steps/#references')
  await page.context().close()
})
