import fs from 'node:fs'
import path from 'node:path'
import { fingerprint } from '../fingerprint'
import { parseFrontmatter, validateFrontmatter } from './frontmatter'
import { assertNoErrors, type Finding } from './findings'
import { CONTENT_DIRS, hrefFor, slugOf, type Collection } from './paths'
import { SECTIONS, type SectionId } from './sections'
import { articleSchema, pageSchema, slugPattern, type ArticleFrontmatter, type PageFrontmatter } from './schema'

export interface Entry<F> {
  slug: string
  /** Path relative to the project root. */
  file: string
  href: string
  frontmatter: F
}
export type Article = Entry<ArticleFrontmatter>
export type Page = Entry<PageFrontmatter>

type Scan = { entries: Entry<ArticleFrontmatter | PageFrontmatter>[]; findings: Finding[] }
const scans = new Map<string, { key: string; scan: Scan }>()

/**
 * Every content file of a collection, validated; findings instead of exceptions. Memoized on the
 * folder's file names and modification times: building every page asks for the list again, and
 * re-reading 500 files for each of 500 pages would make the build quadratic.
 */
export function scanCollection(root: string, collection: Collection): Scan {
  const dir = path.join(root, CONTENT_DIRS[collection])
  const key = fingerprint([dir])
  const hit = scans.get(dir)
  if (hit?.key === key) return hit.scan
  const scan = readCollection(collection, dir)
  scans.set(dir, { key, scan })
  return scan
}

function readCollection(collection: Collection, dir: string): Scan {
  const findings: Finding[] = []
  const entries: Entry<ArticleFrontmatter | PageFrontmatter>[] = []
  const bySlug = new Map<string, string>()
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => /\.mdx?$/i.test(n)).sort() : []
  for (const name of names) {
    const file = path.join(CONTENT_DIRS[collection], name)
    const slug = slugOf(name).toLowerCase()
    const at = { file, line: 1, column: 1, severity: 'error' as const }
    const first = bySlug.get(slug)
    if (first) {
      findings.push({ ...at, rule: 'content/duplicate-slug', message: `Duplicate slug "${slug}": ${first} already uses this address.`, hint: 'each file name becomes an address, so two files cannot share one (letter case and .md/.mdx are ignored); rename one.' })
      continue
    }
    bySlug.set(slug, file)
    if (!name.endsWith('.mdx')) {
      findings.push({ ...at, rule: 'content/extension', message: `Content files must end in .mdx, found "${name}".`, hint: `rename it to ${slug}.mdx.` })
      continue
    }
    if (!slugPattern.test(slugOf(name))) {
      findings.push({ ...at, rule: 'content/slug', message: `File name "${name}" is not a valid slug: expected lowercase words joined by hyphens (like side-effects.mdx).`, hint: `the file name becomes the address, e.g. ${hrefFor(collection, slug.replace(/[^a-z0-9]+/g, '-'))}` })
    }
    const fm = parseFrontmatter(fs.readFileSync(path.join(dir, name), 'utf8'))
    const schema = collection === 'articles' ? articleSchema : pageSchema
    const { data, findings: fmFindings } = validateFrontmatter(schema, fm, file, Object.keys(schema.shape))
    findings.push(...fmFindings)
    if (data) entries.push({ slug, file, href: hrefFor(collection, slug), frontmatter: data })
  }
  return { entries, findings }
}

const sectionRank = new Map<string, number>(SECTIONS.map((s, i) => [s.id, i]))

/** Reading order: by section (as listed in sections.ts), then `order`, then title. */
export function byReadingOrder(a: Article, b: Article): number {
  return (
    (sectionRank.get(a.frontmatter.section) ?? 99) - (sectionRank.get(b.frontmatter.section) ?? 99) ||
    a.frontmatter.order - b.frontmatter.order ||
    a.frontmatter.title.localeCompare(b.frontmatter.title)
  )
}

function load<F>(collection: Collection, root: string): Entry<F>[] {
  const { entries, findings } = scanCollection(root, collection)
  assertNoErrors(findings)
  return entries.filter((e) => !e.frontmatter.draft) as Entry<F>[]
}

/** Published articles in reading order. Throws a located ContentError if any file is invalid. */
export function getArticles(root = process.cwd()): Article[] {
  return load<ArticleFrontmatter>('articles', root).sort(byReadingOrder)
}

export function getArticle(slug: string, root = process.cwd()): Article | undefined {
  return getArticles(root).find((a) => a.slug === slug)
}

/** Published standalone pages (crisis help, about). */
export function getPages(root = process.cwd()): Page[] {
  return load<PageFrontmatter>('pages', root)
}

export function getPage(slug: string, root = process.cwd()): Page | undefined {
  return getPages(root).find((p) => p.slug === slug)
}

/** Published articles grouped by section, sections in order, empty sections left out. */
export function articlesBySection(root = process.cwd()): { section: (typeof SECTIONS)[number]; articles: Article[] }[] {
  const articles = getArticles(root)
  return SECTIONS.map((section) => ({ section, articles: articles.filter((a) => a.frontmatter.section === (section.id as SectionId)) })).filter((g) => g.articles.length)
}
