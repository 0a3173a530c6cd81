import { expect, test, type Page } from '@playwright/test'

const article = '/articles/what-is-ketamine-therapy/'

/**
 * Read the real clipboard. Our pages deny clipboard-read (Permissions-Policy), so read it from a
 * blank page on the same origin that the test serves without that header.
 */
async function readClipboard(page: Page): Promise<string> {
  const reader = await page.context().newPage()
  await reader.route('**/__clipboard__', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>clipboard</title>' }))
  await reader.goto('/__clipboard__')
  const text = await reader.evaluate(() => navigator.clipboard.readText())
  await reader.close()
  return text
}
const ORIGIN = process.env.SITE_ORIGIN ?? 'https://ketamine-explained.example'

test.describe('sharing a section', () => {
  test('copy link puts the canonical address of the section on the clipboard and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto(article)
    const heading = page.getByRole('heading', { level: 2, name: 'What esketamine is' })
    const id = await heading.getAttribute('id')
    const control = page.locator(`.heading-wrapper:has(#${id}) a`, { hasText: 'Copy link' })
    await expect(control).toHaveAccessibleName('Copy link to this section')
    await control.click()
    await expect(page.locator(`.heading-wrapper:has(#${id}) .copy-link-status`)).toHaveText('Link copied')
    await expect(page.locator('#announcer')).toHaveText('Link copied')
    expect(await readClipboard(page)).toBe(`${ORIGIN}${article}#${id}`)
  })


  test('a deep link lands on its section, highlighted and in view', async ({ page }) => {
    await page.goto(`${article}#what-esketamine-is`)
    const heading = page.locator('#what-esketamine-is')
    await expect(heading).toBeInViewport()
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top)
    expect(top).toBeGreaterThanOrEqual(0)
    const background = await heading.evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(background).not.toBe('rgba(0, 0, 0, 0)')
  })
})

test('without JavaScript, copy link is a plain link to the section', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(article)
  const control = page.getByRole('link', { name: 'Copy link to this section' }).first()
  const href = await control.getAttribute('href')
  expect(href).toMatch(/^#[a-z0-9-]+$/)
  await control.click()
  await expect(page).toHaveURL(new RegExp(`${href}$`))
  await context.close()
})

test('the contents list is a named navigation region linking to every section', async ({ page }) => {
  await page.goto(article)
  const toc = page.getByRole('navigation', { name: 'Contents' })
  const links = toc.getByRole('link')
  expect(await links.count()).toBeGreaterThanOrEqual(3)
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    await expect(page.locator(href!)).toHaveCount(1)
  }
})

test.describe('citation previews', () => {
  test('stay open while the pointer moves onto them', async ({ page }) => {
    await page.goto(article)
    const marker = page.locator('main p sup.cite a').first()
    await marker.hover()
    const preview = page.locator('#preview')
    await expect(preview).toBeVisible()
    await preview.hover()
    await page.waitForTimeout(600)
    await expect(preview).toBeVisible()
  })

  test('open on tap without leaving the page', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.goto(article)
    await page.locator('main p sup.cite a').first().tap()
    await expect(page.locator('#preview')).toBeVisible()
    expect(new URL(page.url()).hash).toBe('')
    await context.close()
  })
})

test('search finds an article by a word in its body', async ({ page }) => {
  await page.goto('/search/')
  const input = page.getByLabel('Search for a word or phrase')
  await expect(input).toBeEnabled()
  await input.fill('anesthesia')
  const results = page.getByRole('main').getByRole('listitem')
  await expect(results.first()).toBeVisible()
  await expect(page.getByRole('main').getByRole('link', { name: 'What is ketamine therapy?' })).toBeVisible()
})

test('search keeps working offline once loaded, and the query never leaves the browser', async ({ page, context }) => {
  const sent: string[] = []
  page.on('request', (r) => sent.push(r.url()))
  await page.goto('/search/')
  await expect(page.getByLabel('Search for a word or phrase')).toBeEnabled()
  await context.setOffline(true)
  await page.getByLabel('Search for a word or phrase').fill('esketamine')
  await expect(page.getByRole('main').getByRole('link', { name: 'What is ketamine therapy?' })).toBeVisible()
  await context.setOffline(false)
  expect(sent.filter((u) => u.includes('esketamine'))).toEqual([])
})

test('the header search box hands the words to the search page after the #', async ({ page }) => {
  const sent: string[] = []
  page.on('request', (r) => sent.push(r.url()))
  await page.goto('/')
  await page.getByRole('searchbox', { name: 'Search this site' }).fill('glutamate receptor')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/\/search\/#q=glutamate%20receptor$/)
  expect(sent.filter((u) => u.includes('glutamate'))).toEqual([])
})

test('printing drops navigation and controls but keeps the crisis line and review date', async ({ page }) => {
  await page.goto(article)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeHidden()
  await expect(page.getByRole('link', { name: 'Copy link to this section' }).first()).toBeHidden()
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden()
  await expect(page.getByRole('complementary', { name: 'Crisis help' })).toBeVisible()
  await expect(page.getByText('Last reviewed')).toBeVisible()
  await expect(page.locator('#references')).toBeVisible()
})

test('the print button is a real button with no inline handler', async ({ page }) => {
  await page.goto(article)
  const button = page.getByRole('button', { name: 'Print this page' })
  await expect(button).toBeVisible()
  expect(await button.getAttribute('onclick')).toBeNull()
})

test('dark mode follows the system setting', async ({ browser }) => {
  const dark = await browser.newContext({ colorScheme: 'dark' })
  const page = await dark.newPage()
  await page.goto(article)
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(bg).toBe('rgb(18, 20, 23)')
  await dark.close()
})

test('a phone-width page never scrolls sideways', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  for (const path of ['/', article, '/references/', '/help/']) {
    await page.goto(path)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, path).toBeLessThanOrEqual(0)
  }
  await context.close()
})

test('link previews and structured data are in the page head', async ({ page }) => {
  await page.goto(article)
  await expect(page).toHaveTitle('What is ketamine therapy? – Ketamine Explained')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${ORIGIN}${article}`)
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${ORIGIN}${article}og.png`)
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(ld['@type']).toBe('MedicalWebPage')
  expect(ld.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  expect(ld.reviewedBy.name).toBeTruthy()
  const image = await page.request.get(`${article}og.png`)
  expect(image.headers()['content-type']).toBe('image/png')
})

test('a preview follows its word when the page scrolls, and closes when the word leaves the screen', async ({ page }) => {
  await page.goto(article)
  const marker = page.locator('main p sup.cite a').nth(2)
  await marker.focus()
  const preview = page.locator('#preview')
  await expect(preview).toBeVisible()
  await page.mouse.wheel(0, 40)
  await expect.poll(async () => {
    const [m, p] = await Promise.all([marker.boundingBox(), preview.boundingBox()])
    return Math.round((p!.y - (m!.y + m!.height)) / 4)
  }).toBe(2)
  await page.mouse.wheel(0, 3000)
  await expect(preview).toBeHidden()
})
