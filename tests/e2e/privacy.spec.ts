import { expect, test } from '@playwright/test'
import { sitemapPaths, sweepTimeout } from './site-pages'

test('no page contacts anyone else, sets a cookie, or stores anything', async ({ page, context, baseURL }) => {
  test.setTimeout(sweepTimeout(sitemapPaths().length, 3_000))
  const origin = new URL(baseURL!).origin
  const elsewhere: string[] = []
  page.on('request', (r) => {
    const url = new URL(r.url())
    if (url.origin !== origin && url.protocol !== 'data:') elsewhere.push(`${page.url()} -> ${r.url()}`)
  })
  const setCookies: string[] = []
  page.on('response', async (r) => {
    const cookie = (await r.allHeaders())['set-cookie']
    if (cookie) setCookies.push(`${r.url()}: ${cookie}`)
  })
  for (const path of sitemapPaths()) {
    await page.goto(path, { waitUntil: 'networkidle' })
    // Use the page a little: previews and search fetch files, all from this site.
    const marker = page.locator('sup.cite a').first()
    if (await marker.count()) await marker.hover()
    const stored = await page.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: 'caches' in window ? (await caches.keys()).length : 0,
    }))
    expect(stored, path).toEqual({ cookie: '', local: 0, session: 0, databases: 0, caches: 0 })
  }
  await page.goto('/search/')
  await page.getByLabel('Search for a word or phrase').fill('blood pressure')
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible()
  expect(elsewhere).toEqual([])
  expect(setCookies).toEqual([])
  expect(await context.cookies()).toEqual([])
})
