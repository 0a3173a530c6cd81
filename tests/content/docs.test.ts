import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkAll } from '@/lib/content/check'
import { fillGenerated } from '@/lib/content/docs'
import { RULES } from '@/lib/content/rules/index'

describe("the editor's guide", () => {
  it('shows the rules, components and no-cite reasons as the code defines them (npm run docs)', () => {
    const guide = fs.readFileSync('docs/editing.md', 'utf8')
    expect(guide).toContain('<!-- generated:rules -->')
    expect(fillGenerated(guide)).toBe(guide)
  })
})

describe('rule ids', () => {
  it('are unique, and every rule says what it catches', () => {
    const ids = RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of RULES) expect(rule.catches.length).toBeGreaterThan(10)
  })

  it('every message the check gives on the bad-input corpus names a documented rule', () => {
    const known = new Set<string>(RULES.map((r) => r.id))
    const emitted = new Set(checkAll(path.resolve('tests/fixtures/site')).files.flatMap((f) => f.messages.map((m) => `${m.source}/${m.ruleId}`)))
    expect([...emitted].filter((id) => !known.has(id))).toEqual([])
    expect(emitted.size).toBeGreaterThan(25)
  })
})
