import { describe, expect, it } from 'vitest'
import { checkAll } from '@/lib/content/check'
import { formatFinding } from '@/lib/content/findings'

/**
 * The real content, article by article: frontmatter valid, every citation resolves, every factual
 * paragraph cited (or marked with a reason), every link and glossary anchor resolves, reading
 * grade within the limit, and enough independent sources.
 */
const root = process.cwd()
const { findings, documents } = checkAll(root)
const articles = documents.filter((d) => d.collection === 'articles')

describe('site content', () => {
  it('has no errors anywhere (registry, articles, pages)', () => {
    expect(findings.filter((f) => f.severity === 'error').map(formatFinding)).toEqual([])
  })

  it.each(articles.map((d) => [d.file, d] as const))('%s cites at least 8 distinct sources', (_file, doc) => {
    expect(doc.references.length).toBeGreaterThanOrEqual(8)
  })

  it.each(documents.map((d) => [d.file, d] as const))('%s reads at US grade 8 or below (Flesch-Kincaid)', (_file, doc) => {
    expect(doc.reading.fleschKincaid).toBeLessThanOrEqual(8)
  })

  it.each(articles.map((d) => [d.file, d] as const))('%s has a citation on most of its paragraphs', (_file, doc) => {
    expect(doc.coverage.cited / doc.coverage.blocks).toBeGreaterThan(0.6)
  })
})
