import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkFile } from '@/lib/content/check'
import { articleSchema } from '@/lib/content/schema'
import { parseFrontmatter } from '@/lib/content/frontmatter'

const tsx = path.resolve('node_modules/.bin/tsx')
const script = path.resolve('scripts/new.ts')
let root: string
const run = (...args: string[]) => spawnSync(tsx, [script, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, CONTENT_TODAY: '2026-11-21' } })

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'new-'))
})
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('npm run new -- <slug>', () => {
  it('creates a draft with every frontmatter field, dated today', () => {
    const result = run('driving-after-treatment')
    expect(result.status).toBe(0)
    const file = path.join(root, 'content/articles/driving-after-treatment.mdx')
    const source = fs.readFileSync(file, 'utf8')
    const { data } = parseFrontmatter(source)
    const optional = new Set(['draft', 'history', 'related'])
    for (const key of Object.keys(articleSchema.shape)) if (!optional.has(key)) expect(data, key).toHaveProperty(key)
    expect(data).toMatchObject({ draft: true, lastReviewed: '2026-11-21', nextReviewDue: '2027-05-21', title: 'Driving after treatment' })
    expect(source).toContain('[@kryst2020; @coyle2015]')
    expect(source).toContain('<Callout kind="warning"')
    expect(source).toContain('<CareCard level="urgent"')
  })

  it('gives a file the check accepts with no errors, only reminders to cite, each on its line', () => {
    const { messages } = checkFile(root, path.join(root, 'content/articles/driving-after-treatment.mdx'))
    expect(messages.filter((m) => m.fatal)).toEqual([])
    expect(messages.map((m) => [`${m.source}/${m.ruleId}`, m.line])).toEqual([
      ['cite/uncited-claim', 12],
      ['cite/uncited-claim', 13],
      ['cite/uncited-claim', 14],
      ['cite/uncited-claim', 50],
    ])
  })

  it('refuses to overwrite an existing article', () => {
    const result = run('driving-after-treatment')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('content/articles/driving-after-treatment.mdx already exists')
  })

  it('refuses a slug that would not make a clean address', () => {
    const result = run('Driving After')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('is not a valid slug')
  })
})
