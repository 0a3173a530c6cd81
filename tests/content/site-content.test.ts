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

  it.each(documents.map((d) => [d.file, d] as const))('%s cites every factual paragraph or marks it with a reason', (_file, doc) => {
    expect(doc.findings.filter((f) => f.rule.startsWith('cite/')).map(formatFinding)).toEqual([])
    expect(doc.coverage.cited + doc.coverage.exempt).toBe(doc.coverage.blocks)
  })

  it.each(articles.map((d) => [d.file, d] as const))('%s links each glossary term to an entry that exists', (_file, doc) => {
    const terms = [...doc.source.matchAll(/\]\(\/glossary\/#([a-z0-9-]+)\)/g)].map((m) => m[1])
    const glossary = documents.find((d) => d.file.endsWith('glossary.mdx'))
    const ids = new Set(glossary?.toc.map((t) => t.id))
    expect(terms.filter((t) => !ids.has(t!))).toEqual([])
  })
})
