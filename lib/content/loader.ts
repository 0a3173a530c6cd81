import { reporter } from 'vfile-reporter'
import { VFile } from 'vfile'
import { SOURCE_LOCALE, type Locale, type Versions } from '../i18n/locales'
import type { Collection } from './paths'
import { report } from './rules/define'
import * as frontmatterRules from './rules/frontmatter'
import { SECTION_IDS, sectionsIn, type Section } from './sections'
import type { ArticleFrontmatter, PageFrontmatter } from './schema'
import { getSite, versionsIn, type Article, type Entry, type Page, type Site } from './site'

export type { Article, Entry, Page } from './site'

const sectionRank = new Map<string, number>(SECTION_IDS.map((id, i) => [id, i]))

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
function published<F>(site: Site, collection: Collection, lang: Locale): Entry<F>[] {
  const broken = [...site.sources.values()].filter((s) => s.collection === collection && s.lang === lang && s.problems.length)
  if (broken.length) {
    const files = broken.map((s) => {
      const file = new VFile({ path: s.file })
      for (const p of s.problems) report(file, p.kind === 'yaml' ? frontmatterRules.yaml : frontmatterRules.schema, p.message, p, p.hint)
      return file
    })
    throw new Error(`Content cannot be listed:\n${reporter(files, { verbose: true })}`)
  }
  return (site.entries[collection] as unknown as Entry<F & { draft: boolean }>[]).filter((e) => e.lang === lang && !e.frontmatter.draft) as Entry<F>[]
}

const ordered = new WeakMap<Site, Map<Locale, { list: Article[]; bySlug: Map<string, Article> }>>()

/** Published articles of a language in reading order, sorted once per state of the site. */
function articleList(lang: Locale, root: string) {
  const site = getSite(root)
  let perLang = ordered.get(site)
  if (!perLang) ordered.set(site, (perLang = new Map()))
  let hit = perLang.get(lang)
  if (!hit) {
    const list = published<ArticleFrontmatter>(site, 'articles', lang).sort(byReadingOrder)
    hit = { list, bySlug: new Map(list.map((a) => [a.slug, a])) }
    perLang.set(lang, hit)
  }
  return hit
}

/** Published articles of a language (English by default) in reading order. */
export function getArticles(lang: Locale = SOURCE_LOCALE, root = process.cwd()): Article[] {
  return [...articleList(lang, root).list]
}

export function getArticle(slug: string, lang: Locale = SOURCE_LOCALE, root = process.cwd()): Article | undefined {
  return articleList(lang, root).bySlug.get(slug)
}

/** Published standalone pages (crisis help, about) of a language. */
export function getPages(lang: Locale = SOURCE_LOCALE, root = process.cwd()): Page[] {
  return published<PageFrontmatter>(getSite(root), 'pages', lang)
}

export function getPage(slug: string, lang: Locale = SOURCE_LOCALE, root = process.cwd()): Page | undefined {
  return getPages(lang, root).find((p) => p.slug === slug)
}

/** Published articles of a language grouped by section, sections in order, empty sections left out. */
export function articlesBySection(lang: Locale = SOURCE_LOCALE, root = process.cwd()): { section: Section; articles: Article[] }[] {
  const articles = getArticles(lang, root)
  return sectionsIn(lang).map((section) => ({ section, articles: articles.filter((a) => a.frontmatter.section === section.id) })).filter((g) => g.articles.length)
}

/** The addresses of an entry's published versions, by language (hreflang, the language link, the sitemap). */
export function versionHrefs(entry: Entry<ArticleFrontmatter | PageFrontmatter>, root = process.cwd()): Versions {
  return Object.fromEntries(Object.entries(versionsIn(getSite(root), entry)).map(([l, e]) => [l, e!.href]))
}

/** A language's glossary as the previews read it (glossary/definitions.json): term and plain definition by id. */
export function glossaryDefinitions(lang: Locale, root = process.cwd()): Record<string, { term: string; definition: string }> {
  return Object.fromEntries([...getSite(root).glossaryOf(lang)].map(([id, e]) => [id, { term: e.term, definition: e.definition }]))
}
