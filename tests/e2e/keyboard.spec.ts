import { expect, test, type Page } from '@playwright/test'
import { ARTICLE } from './site-pages'

/** The focused element, whether its focus ring shows, and whether anything covers it. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return null
    const style = getComputedStyle(el)
    const r = el.getBoundingClientRect()
    const hit = document.elementFromPoint(Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1), Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1))
    return {
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      inView: r.bottom > 0 && r.top < innerHeight,
      uncovered: hit === el || el.contains(hit) || (hit !== null && hit.contains(el)),
    }
  })
}

test('the skip link comes first and jumps to the main content', async ({ page }) => {
  await page.goto(ARTICLE)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.locator('#main-content')).toBeFocused()
})

test('crisis help is reachable within three presses of Tab', async ({ page }) => {
  await page.goto(ARTICLE)
  const reached: string[] = []
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab')
    reached.push((await focused(page))?.text ?? '')
  }
  expect(reached).toContain('Get help now')
})

test('focus is always visible and never hidden, all the way down an article', async ({ page }) => {
  await page.goto(ARTICLE)
  let checked = 0
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab')
    const f = await focused(page)
    if (!f) continue
    checked++
    expect(f, `tab ${i + 1}: ${f.text}`).toMatchObject({ ring: true, inView: true, uncovered: true })
  }
  // It must really have walked the page, not stayed on the body.
  expect(checked).toBeGreaterThanOrEqual(50)
})

test('copy link and citation previews work from the keyboard; Esc closes and keeps focus', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(ARTICLE)
  const copy = page.getByRole('link', { name: 'Copy link to this section' }).first()
  await copy.focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('#announcer')).toHaveText('Link copied')
  const marker = page.locator('main p sup.cite a').first()
  await marker.focus()
  await expect(page.locator('#preview')).toBeVisible()
  await expect(page.locator('#preview')).toContainText('Type of evidence:')
  await page.keyboard.press('Escape')
  await expect(page.locator('#preview')).toBeHidden()
  await expect(marker).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#ref-/)
})
