import { describe, expect, it } from 'vitest'
import { checkAll } from '@/lib/content/check'
import { NEXT_STEPS } from '@/lib/content/next-steps'
import { glossaryHref } from '@/lib/content/glossary'
import { contentDir } from '@/lib/content/paths'
import { WARN_EASE } from '@/lib/content/rules/style'
import { lines } from '../helpers/messages'

/**
 * The real content, article by article: frontmatter valid, every citation resolves, every factual
 * paragraph cited (or marked with a reason), every link and glossary anchor resolves, reading
 * grade within the limit, and enough independent sources.
 */
const root = process.cwd()
const { files, documents } = checkAll(root)
const articles = documents.filter((d) => d.data.collection === 'articles')
const english = documents.filter((d) => d.data.lang === 'en')
const spanish = documents.filter((d) => d.data.lang === 'es')

describe('site content', () => {
  it('has no errors anywhere (registry, articles, pages)', () => {
    expect(files.flatMap(lines).filter((l) => l.includes('  error  '))).toEqual([])
  })

  it.each(articles.map((d) => [d.path, d] as const))('%s cites at least 8 distinct sources', (_file, doc) => {
    expect(doc.data.references!.length).toBeGreaterThanOrEqual(8)
  })

  it.each(english.map((d) => [d.path, d] as const))('%s reads at US grade 8 or below (Flesch-Kincaid)', (_file, doc) => {
    expect(doc.data.reading!.fleschKincaid).toBeLessThanOrEqual(8)
  })

  it('has a Spanish version of every English page', () => {
    expect(spanish.map((d) => d.data.frontmatter!.translationOf).sort()).toEqual(english.map((d) => d.path).sort())
  })

  it.each(spanish.map((d) => [d.path, d] as const))(`%s reads at ${WARN_EASE} or more on the INFLESZ scale (Szigriszt-Pazos)`, (_file, doc) => {
    expect(doc.data.readingEs!.szigriszt).toBeGreaterThanOrEqual(WARN_EASE)
  })

  it.each(documents.map((d) => [d.path, d] as const))('%s cites every factual paragraph or marks it with a reason', (_file, doc) => {
    expect(lines(doc).filter((l) => l.includes('  cite/'))).toEqual([])
    expect(doc.data.coverage!.cited + doc.data.coverage!.exempt).toBe(doc.data.coverage!.blocks)
  })

  it.each(articles.map((d) => [d.path, d] as const))('%s links each glossary term to an entry that exists', (_file, doc) => {
    const href = glossaryHref(doc.data.lang)
    const terms = [...String(doc.value).matchAll(/\]\(([^)#]*)#([a-z0-9-]+)\)/g)].filter((m) => m[1] === href).map((m) => m[2])
    expect(terms.length).toBeGreaterThan(0)
    const glossary = documents.find((d) => d.path === `${contentDir('pages', doc.data.lang)}/glossary.mdx`)
    const ids = new Set(glossary?.data.toc?.map((t) => t.id))
    expect(terms.filter((t) => !ids.has(t!))).toEqual([])
  })

  it.each(articles.map((d) => [d.path, d] as const))('%s closes with its options and next steps, each part cited', (_file, doc) => {
    const ids = doc.data.toc!.map((t) => t.id)
    const at = ids.indexOf(NEXT_STEPS.id)
    // The next-steps heading and its four parts come last, in the page's order.
    expect(ids.slice(at)).toEqual([NEXT_STEPS.id, 'other-options', 'if-you-wait', 'fits-your-life', 'what-to-do-next'])
    const cited = new Set(doc.data.sharedReferences!.map((r) => r.id))
    for (const key of ['niceNG222', 'whiteford2013', 'fekadu2009', 'nidirectMentalHealthEmergency']) expect(cited.has(key), key).toBe(true)
  })

  it.each(articles.map((d) => [d.path, d] as const))('%s numbers the closing part as its own page does, and lists only its own sources', (_file, doc) => {
    const page = documents.find((d) => d.path === `${contentDir('pages', doc.data.lang)}/${NEXT_STEPS.slug}.mdx`)!
    const onPage = new Map(page.data.references!.map((r) => [r.id, r.n]))
    const shared = doc.data.sharedReferences!
    expect(shared.length).toBeGreaterThan(0)
    expect(shared.map((r) => [r.id, r.n])).toEqual(shared.map((r) => [r.id, onPage.get(r.id)]))
    // A source only the closing part cites is not in the article's own list.
    const own = new Set(doc.data.references!.map((r) => r.id))
    expect(own.has('whiteford2013')).toBe(String(doc.value).includes('@whiteford2013'))
  })
})
