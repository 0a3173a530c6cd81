import { expect, test } from '@playwright/test'
import { ARTICLE, sitemapPaths, sweepTimeout } from './site-pages'

const pages = sitemapPaths()

test.describe('security headers, as served by npm start', () => {
  test('every page has the shared headers and the one strict Content-Security-Policy', async ({ request }) => {
    for (const path of pages) {
      const headers = (await request.get(path)).headers()
      expect(headers['strict-transport-security'], path).toBe('max-age=63072000; includeSubDomains')
      expect(headers['x-content-type-options'], path).toBe('nosniff')
      expect(headers['referrer-policy'], path).toBe('no-referrer')
      expect(headers['cross-origin-opener-policy'], path).toBe('same-origin')
      expect(headers['permissions-policy'], path).toContain('camera=()')
      expect(headers['permissions-policy'], path).toContain('geolocation=()')
      const csp = headers['content-security-policy'] ?? ''
      expect(csp, path).toContain("frame-ancestors 'none'")
      expect(csp, path).toContain("default-src 'none'")
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? ''
      // Files from this site only: no inline script, no hash, no eval of text.
      expect(scriptSrc.trim(), path).toBe("script-src 'self' 'wasm-unsafe-eval'")
    }
  })

  test('the 404 page is served with headers too', async ({ request }) => {
    const response = await request.get('/no-such-page/')
    expect(response.status()).toBe(404)
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(response.headers()['x-content-type-options']).toBe('nosniff')
  })

  test('the host-only header files are not served to readers', async ({ request }) => {
    for (const path of ['/_headers', '/_headers.nginx']) expect((await request.get(path)).status(), path).toBe(404)
  })
})

test('every page works under its policy: no violations, no console errors', async ({ page }) => {
  test.setTimeout(sweepTimeout(pages.length, 3_000))
  await page.addInitScript(() => {
    ;(window as unknown as { __violations: string[] }).__violations = []
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`))
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`))
  for (const path of pages) {
    await page.goto(path, { waitUntil: 'networkidle' })
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), path).toEqual([])
  }
  // The enhancements still work under the policy: a preview, and the WebAssembly search.
  await page.goto(ARTICLE)
  await page.locator('main p sup.cite a').first().focus()
  await expect(page.locator('#preview')).toBeVisible()
  await page.goto('/search/')
  await page.getByLabel('Search for a word or phrase').fill('bladder')
  await expect(page.getByRole('main').getByRole('link', { name: 'Long-term risks and misuse' })).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([])
  expect(errors).toEqual([])
})

test.describe('hostile and odd addresses', () => {
  const cases: [string, number[]][] = [
    ['/articles/%2e%2e/', [200, 404]], // the URL standard reads %2e%2e as "..", which is the home page
    ['/articles/..%2f..%2fpackage.json', [404]],
    ['/..%5c..%5cpackage.json', [404]],
    ['/%E0%A4%A', [404]],
    ['/%00', [404]],
    ['/package.json', [404]],
    ['/.env', [404]],
    ['/_next/', [404]],
    ['/pagefind/', [404]],
    ['/articles/k%C3%A9tamine/', [404]],
    ['/articles/no-such-article/', [404]],
    [`/articles/${'a'.repeat(4000)}/`, [404]],
    ['/articles/side-effects', [200]], // redirected to the trailing-slash address
  ]
  for (const [path, allowed] of cases) {
    test(`${path.slice(0, 50)} gives the right page or the 404 page, never a server error or a listing`, async ({ request }) => {
      const response = await request.get(path)
      expect(allowed, `status ${response.status()}`).toContain(response.status())
      const body = await response.text()
      expect(body).not.toMatch(/Index of|Directory listing/i)
      if (response.status() === 404) expect(body).toContain('Page not found')
    })
  }

  test('a query string on any page still gives that page', async ({ page }) => {
    test.setTimeout(sweepTimeout(pages.length, 2_000))
    for (const path of pages) {
      const response = await page.goto(`${path}?utm_source=x&q=%3Cscript%3Ealert(1)%3C/script%3E`)
      expect(response?.status(), path).toBe(200)
      await expect(page.locator('h1'), path).toHaveCount(1)
    }
  })
})
