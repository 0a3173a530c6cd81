import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { articlesBySection, getArticle, getArticles } from '@/lib/content/loader'

const frontmatter = (o: Record<string, string | number | boolean>) => `---
title: ${o.title}
description: A description that is long enough for a link preview card.
section: ${o.section}
order: ${o.order}
lastReviewed: 2026-11-01
nextReviewDue: 2027-05-01
reviewer: Site editorial team
draft: ${o.draft ?? false}
keyFacts:
  - First short fact here.
  - Second short fact here.
  - Third short fact here.
---

Body.
`

let root: string
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'))
  const dir = path.join(root, 'content/articles')
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'side-effects.mdx'), frontmatter({ title: 'Side effects', section: 'safety', order: 1 }))
  fs.writeFileSync(path.join(dir, 'how-it-works.mdx'), frontmatter({ title: 'How it works', section: 'how-it-works', order: 2 }))
  fs.writeFileSync(path.join(dir, 'routes.mdx'), frontmatter({ title: 'Routes', section: 'how-it-works', order: 1 }))
  fs.writeFileSync(path.join(dir, 'unfinished.mdx'), frontmatter({ title: 'Unfinished', section: 'basics', order: 1, draft: true }))
})
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('loading articles', () => {
  it('lists published articles in reading order: section, then order', () => {
    expect(getArticles('en', root).map((a) => a.slug)).toEqual(['routes', 'how-it-works', 'side-effects'])
  })

  it('never publishes drafts', () => {
    expect(getArticle('unfinished', 'en', root)).toBeUndefined()
    expect(articlesBySection('en', root).map((g) => g.section.id)).toEqual(['how-it-works', 'safety'])
  })

  it('gives each article its address from its file name', () => {
    expect(getArticle('side-effects', 'en', root)).toMatchObject({ href: '/articles/side-effects/', file: 'content/articles/side-effects.mdx' })
  })

  it('refuses to load when any file is invalid, listing the located errors', () => {
    const bad = path.resolve('tests/fixtures/site')
    expect(() => getArticles('en', bad)).toThrow(/Content cannot be listed/)
    expect(() => getArticles('en', bad)).toThrow(/content\/articles\/bad-section\.mdx\n4:10 +error +Field "section"/)
  })
})
