import { reporter } from 'vfile-reporter'
import { VFile } from 'vfile'
import type { Collection } from './paths'
import { report } from './rules/define'
import * as frontmatterRules from './rules/frontmatter'
import { SECTIONS, type SectionId } from './sections'
import type { ArticleFrontmatter, PageFrontmatter } from './schema'
import { getSite, type Article, type Entry, type Page, type Site } from './site'

export type { Article, Entry, Page } from './site'

const sectionRank = new Map<string, number>(SECTIONS.map((s, i) => [s.id, i]))

/** Reading order: by section (as listed in sections.ts), then `order`, then title. */
export function byReadingOrder(a: Article, b: Article): number {
  return (
    (sectionRank.get(a.frontmatter.section) ?? 99) - (sectionRank.get(b.frontmatter.section) ?? 99) ||
    a.frontmatter.order - b.frontmatter.order ||
    a.frontmatter.title.localeCompare(b.frontmatter.title)
  )
}

/**
 * Published entries of a collection. A file whose frontmatter is broken cannot be listed, so the
 * app stops with the same located messages the check gives.
 */
function published<F>(site: Site, collection: Collection): Entry<F>[] {
  const broken = [...site.sources.values()].filter((s) => s.collection === collection && s.problems.length)
  if (broken.length) {
    const files = broken.map((s) => {
      const file = new VFile({ path: s.file })
      for (const p of s.problems) report(file, p.kind === 'yaml' ? frontmatterRules.yaml : frontmatterRules.schema, p.message, p, p.hint)
      return file
    })
    throw new Error(`Content cannot be listed:\n${reporter(files, { verbose: true })}`)
  }
  return (site.entries[collection] as unknown as Entry<F & { draft: boolean }>[]).filter((e) => !e.frontmatter.draft) as Entry<F>[]
}

const ordered = new WeakMap<Site, { list: Article[]; bySlug: Map<string, Article> }>()

/** Published articles in reading order, sorted once per state of the site. */
function articleList(root: string) {
  const site = getSite(root)
  let hit = ordered.get(site)
  if (!hit) {
    const list = published<ArticleFrontmatter>(site, 'articles').sort(byReadingOrder)
    hit = { list, bySlug: new Map(list.map((a) => [a.slug, a])) }
    ordered.set(site, hit)
  }
  return hit
}

/** Published articles in reading order. */
export function getArticles(root = process.cwd()): Article[] {
  return [...articleList(root).list]
}

export function getArticle(slug: string, root = process.cwd()): Article | undefined {
  return articleList(root).bySlug.get(slug)
}

/** Published standalone pages (crisis help, about). */
export function getPages(root = process.cwd()): Page[] {
  return published<PageFrontmatter>(getSite(root), 'pages')
}

export function getPage(slug: string, root = process.cwd()): Page | undefined {
  return getPages(root).find((p) => p.slug === slug)
}

/** Published articles grouped by section, sections in order, empty sections left out. */
export function articlesBySection(root = process.cwd()): { section: (typeof SECTIONS)[number]; articles: Article[] }[] {
  const articles = getArticles(root)
  return SECTIONS.map((section) => ({ section, articles: articles.filter((a) => a.frontmatter.section === (section.id as SectionId)) })).filter((g) => g.articles.length)
}
