import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { expect, request, test } from '@playwright/test'

/**
 * The editor's loop: with `npm run dev`, an edited article shows on refresh, and a broken one
 * shows the same located message as `npm run check`. Uses a throwaway article, removed after.
 */
const PORT = 4190
const base = `http://127.0.0.1:${PORT}`
const slug = 'dev-loop-check'
const file = path.resolve('content/articles', `${slug}.mdx`)
/** Status and body of a page, or undefined while the dev server is still starting. */
async function get(url: string) {
  const api = await request.newContext()
  try {
    const response = await api.get(url, { timeout: 60_000 })
    return { status: response.status(), body: await response.text() }
  } catch {
    return undefined
  } finally {
    await api.dispose()
  }
}

const source = (paragraph: string) => `---
title: Dev loop check
description: A throwaway article the development-loop test writes, edits and removes again.
section: basics
order: 99
lastReviewed: 2026-11-21
nextReviewDue: 2027-05-21
reviewer: Site editorial team
keyFacts:
  - One dose usually wears off after about a week. [@kryst2020]
  - Staff watch you for at least 2 hours after esketamine. [@spravatoUS]
  - Ketamine was first approved in the US in 1970. [@ketamineInjGlandLabel]
---

## First section

${paragraph}
`

let server: ChildProcess | undefined

test.describe.configure({ mode: 'serial', timeout: 120_000 })

test.beforeAll(async () => {
  test.setTimeout(150_000) // a cold dev server compiles on first request
  fs.writeFileSync(file, source('The first version of this sentence. [@kryst2020]'))
  // The project's own dev command (npm run dev), so the test runs the bundler editors use.
  server = spawn('npm', ['run', 'dev', '--', '-p', String(PORT), '-H', '127.0.0.1'], { detached: true, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  await expect.poll(async () => (await get(`${base}/articles/${slug}/`))?.status, { timeout: 120_000, intervals: [1000] }).toBe(200)
})

test.afterAll(() => {
  fs.rmSync(file, { force: true })
  if (server?.pid) process.kill(-server.pid, 'SIGTERM')
})

test('an edited article shows on refresh, and a broken one shows the located error', async ({ page }) => {
  // Recompiles on a loaded CI machine are slow; and the page is left before teardown (below),
  // because a dev page showing a build error keeps reloading itself, which once held up
  // closing the browser context past the time limit.
  test.setTimeout(180_000)
  await page.goto(`${base}/articles/${slug}/`)
  await expect(page.getByText('The first version of this sentence.')).toBeVisible()
  // The same browser script as the export, and it runs: the print button appears.
  await expect(page.locator('script[type="module"][src^="/enhance.js?v="]')).toHaveCount(1)
  await expect(page.getByRole('button', { name: /print/i })).toBeVisible()

  fs.writeFileSync(file, source('The second version of this sentence. [@kryst2020]'))
  await expect.poll(async () => (await page.reload(), await page.getByText('The second version of this sentence.').count()), { timeout: 30_000 }).toBe(1)

  fs.writeFileSync(file, source('A broken citation. [@krist2020]'))
  await expect
    .poll(async () => {
      const body = (await get(`${base}/articles/${slug}/`))?.body ?? ''
      // The same located message as npm run check: the file, 17:21, the reason, the rule.
      return [`content/articles/${slug}.mdx`, '17:21', 'Unknown citation key', 'krist2020', 'unknown-key'].every((part) => body.includes(part))
    }, { timeout: 60_000 }) // a recompile on a loaded CI machine took over 30 s once
    .toBe(true)
  await page.goto('about:blank')
})
