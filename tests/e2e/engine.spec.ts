import { expect, test } from '@playwright/test'

const article = '/articles/what-is-ketamine-therapy/'

test('home says what the site is, offers crisis help and lists articles', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ketamine and esketamine for depression')
  await expect(page.getByRole('complementary', { name: 'Crisis help' }).getByRole('link', { name: 'Get help now' })).toHaveAttribute('href', '/help/')
  await expect(page.getByRole('link', { name: 'What is ketamine therapy?' })).toHaveAttribute('href', article)
})

test('the articles index groups articles by section', async ({ page }) => {
  await page.goto('/articles/')
  await expect(page.getByRole('heading', { level: 1, name: 'All articles' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'The basics' })).toBeVisible()
  await page.getByRole('link', { name: 'What is ketamine therapy?' }).click()
  await expect(page).toHaveURL(article)
})

test('a citation leads to its reference and the back-link returns to the citation', async ({ page }) => {
  await page.goto(article)
  const marker = page.locator('main p sup.cite a').first()
  const markerId = await marker.getAttribute('id')
  const refHref = await marker.getAttribute('href')
  await marker.click()
  await expect(page).toHaveURL(new RegExp(`${refHref}$`))
  const reference = page.locator(`li${refHref}`)
  await expect(reference).toBeInViewport()
  await expect(reference).toContainText('Type of evidence:')
  await reference.locator(`a[href="#${markerId}"]`).click()
  await expect(page).toHaveURL(new RegExp(`#${markerId}$`))
  await expect(page.locator(`#${markerId}`)).toBeInViewport()
})

test('the references page lists every source with an anchor and where it is cited', async ({ page }) => {
  await page.goto('/references/')
  await expect(page.getByRole('heading', { level: 1, name: 'All references' })).toBeVisible()
  const entry = page.locator('li#berman2000')
  await expect(entry).toContainText('Antidepressant effects of ketamine in depressed patients')
  await entry.getByRole('link', { name: 'What is ketamine therapy?' }).click()
  await expect(page).toHaveURL(`${article}#ref-berman2000`)
})

test('an unknown page is a helpful 404', async ({ page }) => {
  const response = await page.goto('/articles/no-such-article/')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await expect(page.getByRole('main').getByRole('link', { name: 'get help now' })).toHaveAttribute('href', '/help/')
})

test('every article offers a plain link to report a problem, with the page filled in', async ({ page }) => {
  await page.goto(article)
  const report = page.getByRole('link', { name: 'Report a problem with this page' })
  const url = new URL((await report.getAttribute('href'))!)
  expect(url.pathname).toMatch(/\/issues\/new$/)
  expect(url.searchParams.get('template')).toBe('report-a-problem.yml')
  expect(url.searchParams.get('page')).toMatch(new RegExp(`${article}$`))
  // A link is only a link: nothing on the page loads from the repository's host.
  await expect(page.locator(`script[src*="github"], img[src*="github"], iframe`)).toHaveCount(0)
})

test('the corrections page lists corrections newest first, each linking to its page', async ({ page }) => {
  await page.goto('/corrections/')
  await expect(page.getByRole('heading', { level: 1, name: 'Corrections' })).toBeVisible()
  const items = page.locator('main ol > li')
  expect(await items.count()).toBeGreaterThan(0)
  const dates = await items.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''))
  expect(dates).toEqual([...dates].sort().reverse())
  const first = items.first()
  await expect(first).toContainText('Why:')
  const href = await first.getByRole('link').first().getAttribute('href')
  // The corrected page's review box counts its changes and links back to its own change log.
  await page.goto(href!)
  const log = page.locator('#review').getByRole('link', { name: /\d+ corrections?/ })
  await log.click()
  await expect(page).toHaveURL(/\/corrections\/#changes-/)
  const section = page.locator(new URL(page.url()).hash)
  await expect(section).toBeInViewport()
  await expect(page.getByRole('region', { name: await section.textContent() ?? '' })).toContainText('(correction)')
})
