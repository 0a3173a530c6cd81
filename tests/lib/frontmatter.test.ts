import { describe, expect, it } from 'vitest'
import { parseFrontmatter, validateFrontmatter } from '@/lib/content/frontmatter'
import { articleSchema } from '@/lib/content/schema'

const valid = `---
title: A title
description: A description that is long enough to be useful to readers.
section: safety
order: 2
lastReviewed: 2026-11-01
nextReviewDue: 2027-05-01
reviewer: Pharmacist
keyFacts:
  - First short fact here.
  - Second short fact here.
  - Third short fact here.
---

## Body
`

const keys = Object.keys(articleSchema.shape)
const check = (src: string) => {
  const { data, problems } = validateFrontmatter(articleSchema, parseFrontmatter(src), keys)
  return { data, findings: problems }
}

describe('frontmatter', () => {
  it('accepts a complete article and keeps dates as the text written', () => {
    const { data, findings } = check(valid)
    expect(findings).toEqual([])
    expect(data?.lastReviewed).toBe('2026-11-01')
    expect(data?.draft).toBe(false)
  })

  it('locates a bad value on its own line and column', () => {
    const [f] = check(valid.replace('order: 2', 'order: two')).findings
    expect(f).toMatchObject({ line: 5, column: 8, kind: 'schema' })
    expect(f?.message).toBe('Field "order": expected a number, found "two".')
  })

  it('locates a bad list item by its index', () => {
    const [f] = check(valid.replace('  - Third short fact here.', '  - Short')).findings
    expect(f).toMatchObject({ line: 12, column: 5 })
    expect(f?.message).toBe('Field "keyFacts[2]": expected at least 10 characters, found 5.')
  })

  it('says a missing date field should be a date', () => {
    const [f] = check(valid.replace('nextReviewDue: 2027-05-01\n', '')).findings
    expect(f?.message).toBe('Missing required field "nextReviewDue" (expected a date written YYYY-MM-DD (for example 2026-11-21)).')
  })

  it('rejects a reviewer written as a person', () => {
    const [f] = check(valid.replace('reviewer: Pharmacist', 'reviewer: Prof Ann Other')).findings
    expect(f?.message).toContain('a role or credential')
  })

  it('suggests the nearest field name for a typo', () => {
    const [f] = check(valid.replace('order: 2', 'order: 2\nrelatd: [a]')).findings
    expect(f).toMatchObject({ line: 6, column: 1, message: 'Unknown field "relatd" (not in the schema).', hint: 'did you mean "related"?' })
  })

  it('reports draft: yes as a type error rather than guessing', () => {
    const [f] = check(valid.replace('reviewer: Pharmacist', 'reviewer: Pharmacist\ndraft: maybe')).findings
    expect(f?.message).toBe('Field "draft": expected true or false, found "maybe".')
  })
})

describe('a colon inside a text field', () => {
  it('explains that YAML read it as a new field', () => {
    const [f] = check(valid.replace('  - Third short fact here.', '  - Third fact: with a colon.')).findings
    expect(f?.message).toBe('Field "keyFacts[2]": expected text, found a group of fields.')
    expect(f?.hint).toMatch(/put the whole text in double quotes/)
  })
})
