import fs from 'node:fs'
import path from 'node:path'
import { VFile } from 'vfile'
import { loadRegistry, type Registry } from '../citations/registry'
import { fingerprint } from '../fingerprint'
import { PAGE_IDS } from '../page-ids'
import { assignHeadingIds } from '../toc'
import { FIGURES_FILE, loadFigures, type Figures } from './figures'
import { HARD_TERMS_FILE, loadHardTerms, type HardTerms } from './hard-terms'
import { parseFrontmatter, validateFrontmatter, type FrontmatterProblem, type ParsedFrontmatter } from './frontmatter'
import { readGlossary, type GlossaryEntry } from './glossary'
import { LOCALES, localePath, SOURCE_LOCALE, type Locale } from '../i18n/locales'
import { CONTENT_DIRS, contentDir, hrefFor, slugOf, type Collection } from './paths'
import { parseContent } from './parse'
import { report, type Rule } from './rules/define'
import * as rules from './rules/content'
import { schemaFor, slugPattern, type ArticleFrontmatter, type PageFrontmatter } from './schema'
import { sectionsIn } from './sections'

export interface Entry<F> {
  slug: string
  /** Path relative to the project root. */
  file: string
  href: string
  /** The language it is written in: English, or a translation under content/<lang>/. */
  lang: Locale
  frontmatter: F
}
export type Article = Entry<ArticleFrontmatter>
export type Page = Entry<PageFrontmatter>

/** One content file as read from disk: its source and its frontmatter, parsed once. */
export interface Source {
  file: string
  collection: Collection
  lang: Locale
  source: string
  fm: ParsedFrontmatter
  data?: ArticleFrontmatter | PageFrontmatter
  problems: FrontmatterProblem[]
}

/** A page a link can point at, with the ids a `#fragment` may name on it. */
export interface IndexedPage {
  ids: Set<string>
  /** Heading texts, for "headings that exist" hints. */
  headings: { id: string; text: string }[]
  draft: boolean
  file?: string
}

/**
 * Everything about the site that is not one file: the registry, the shared figures, the glossary,
 * every content file's frontmatter, and the index of addresses and their sections. Read once per
 * process (and again only when a content file changes); the app, the check and the MDX build
 * all ask for it by `getSite`.
 */
export interface Site {
  root: string
  registry: Registry
  figures: Figures
  /** Terms whose first use on a page must link to the glossary (content/hard-terms.json). */
  hardTerms: HardTerms
  /** Every content file, drafts included, by path relative to the root. */
  sources: Map<string, Source>
  /** Valid entries (drafts included) of each collection, every language, in file-name order. */
  entries: { articles: Article[]; pages: Page[] }
  /** Files with site-level messages: registry files, the figures and hard-terms files, folder problems. */
  files: VFile[]
  /** A language's glossary terms by id, for inline definitions (read when first asked for). */
  glossaryOf(lang: Locale): Map<string, GlossaryEntry>
  /** Every address on the site and the section ids on it (built when first asked for). */
  readonly index: Map<string, IndexedPage>
}

/** Read a collection's folder: file names become addresses, and each file's frontmatter is parsed once. */
function readCollection(root: string, collection: Collection, lang: Locale, sources: Map<string, Source>, folderFiles: Map<string, VFile>) {
  const dir = path.join(root, contentDir(collection, lang))
  const entries: Entry<ArticleFrontmatter | PageFrontmatter>[] = []
  const bySlug = new Map<string, string>()
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => /\.mdx?$/i.test(n)).sort() : []
  for (const name of names) {
    const file = path.join(contentDir(collection, lang), name)
    const slug = slugOf(name).toLowerCase()
    const atFile = (message: string, rule: Rule, hint: string) => {
      const vfile = folderFiles.get(file) ?? new VFile({ path: file, cwd: root })
      folderFiles.set(file, vfile)
      report(vfile, rule, message, { line: 1, column: 1 }, hint)
    }
    const first = bySlug.get(slug)
    if (first) {
      atFile(`Duplicate slug "${slug}": ${first} already uses this address.`, rules.duplicateSlug, 'each file name becomes an address, so two files cannot share one (letter case and .md/.mdx are ignored); rename one.')
      continue
    }
    bySlug.set(slug, file)
    if (!name.endsWith('.mdx')) {
      atFile(`Content files must end in .mdx, found "${name}".`, rules.extension, `rename it to ${slug}.mdx.`)
      continue
    }
    if (!slugPattern.test(slugOf(name))) {
      atFile(`File name "${name}" is not a valid slug: expected lowercase words joined by hyphens (like side-effects.mdx).`, rules.slug, `the file name becomes the address, e.g. ${hrefFor(collection, slug.replace(/[^a-z0-9]+/g, '-'))}`)
    }
    const source = fs.readFileSync(path.join(dir, name), 'utf8')
    const fm = parseFrontmatter(source)
    const { schema, keys } = schemaFor(collection, lang !== SOURCE_LOCALE)
    const { data, problems } = fm.present ? validateFrontmatter(schema, fm, keys) : { data: undefined, problems: [] }
    sources.set(file, { file, collection, lang, source, fm, ...(data ? { data } : {}), problems })
    if (data) entries.push({ slug, file, href: hrefFor(collection, slug, lang), lang, frontmatter: data })
  }
  return entries
}

/** Heading ids of every page, from the same slugger the pages use, plus the routes defined in code. */
function buildIndex(site: Site): Map<string, IndexedPage> {
  const fixed = (ids: string[] = [], headings: { id: string; text: string }[] = []): IndexedPage => ({ ids: new Set(ids), headings, draft: false })
  const index = new Map<string, IndexedPage>()
  // The routes defined in code exist in every language (their section ids are the same).
  for (const lang of LOCALES) {
    index.set(localePath(lang, '/'), fixed())
    const sections = sectionsIn(lang)
    index.set(localePath(lang, '/articles/'), fixed(sections.map((s) => s.id), sections.map((s) => ({ id: s.id, text: s.title }))))
    index.set(localePath(lang, '/references/'), fixed([...site.registry.entries.keys()]))
    index.set(localePath(lang, '/corrections/'), fixed())
    index.set(localePath(lang, '/search/'), fixed())
  }
  const chrome = Object.values(PAGE_IDS) as string[]
  for (const entry of [...site.entries.articles, ...site.entries.pages]) {
    let headings: { id: string; text: string }[] = []
    const source = site.sources.get(entry.file)!
    try {
      headings = assignHeadingIds(parseContent(source.source, path.join(site.root, entry.file))).headings.map(({ id, text }) => ({ id, text }))
    } catch {
      // A syntax error is reported for that file itself; links to it still resolve by address.
    }
    index.set(entry.href, { ids: new Set([...chrome, ...headings.map((h) => h.id)]), headings, draft: entry.frontmatter.draft, file: entry.file })
  }
  return index
}

/**
 * The index, shared between processes through a file: building it parses every page, and the
 * check, each bundler worker and the page generator would otherwise all do that work again. The
 * key covers the content and the code that makes heading ids, so a change to either rebuilds it.
 */
function sharedIndex(site: Site, key: string): Map<string, IndexedPage> {
  const file = path.join(site.root, 'node_modules', '.cache', 'content', 'index.json')
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { key: string; pages: [string, Omit<IndexedPage, 'ids'> & { ids: string[] }][] }
    if (saved.key === key) return new Map(saved.pages.map(([href, page]) => [href, { ...page, ids: new Set(page.ids) }]))
  } catch {
    // no saved index yet, or an unreadable one: build it
  }
  const index = buildIndex(site)
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    const temp = `${file}.${process.pid}`
    fs.writeFileSync(temp, JSON.stringify({ key, pages: [...index].map(([href, page]) => [href, { ...page, ids: [...page.ids] }]) }))
    fs.renameSync(temp, file)
  } catch {
    // a read-only tree still works, it just cannot share
  }
  return index
}

/** Read the whole site from disk. `key` names this state of the content, for the shared index. */
export function loadSite(root: string, key = siteKey(root)): Site {
  const registry = loadRegistry(path.join(root, CONTENT_DIRS.references), root)
  const figures = loadFigures(root, registry)
  const hardTerms = loadHardTerms(root)
  const sources = new Map<string, Source>()
  const folders = new Map<string, VFile>()
  const articles = LOCALES.flatMap((lang) => readCollection(root, 'articles', lang, sources, folders)) as Article[]
  const pages = LOCALES.flatMap((lang) => readCollection(root, 'pages', lang, sources, folders)) as Page[]
  const glossaries = new Map<Locale, Map<string, GlossaryEntry>>()
  let index: Map<string, IndexedPage> | undefined
  const site: Site = {
    root,
    registry,
    figures,
    hardTerms,
    sources,
    entries: { articles, pages },
    files: [...registry.files, figures.file, hardTerms.file, ...folders.values()],
    glossaryOf(lang: Locale) {
      let glossary = glossaries.get(lang)
      if (!glossary) glossaries.set(lang, (glossary = readGlossary(site, lang)))
      return glossary
    },
    get index() {
      return (index ??= sharedIndex(site, key))
    },
  }
  return site
}

/** Names one state of the content (and of the code that makes heading ids): file names and times. */
function siteKey(root: string): string {
  const watched = [...LOCALES.flatMap((l) => [contentDir('articles', l), contentDir('pages', l)]), CONTENT_DIRS.references, FIGURES_FILE, HARD_TERMS_FILE, 'lib/toc.ts', 'lib/page-ids.ts', 'lib/content/site.ts', 'lib/content/paths.ts', 'lib/i18n/locales.ts']
  return `${root}|${fingerprint(watched.map((d) => path.join(root, d)))}`
}

let cached: { key: string; site: Site } | undefined

/**
 * A production build reads the content once: nothing edits it mid-build, and at 2,000 articles
 * looking at every file's time on each call would cost more than rendering the page.
 */
const frozen = process.env.NODE_ENV === 'production'

/**
 * The site, read once per process and, outside a production build, again when any content file
 * changes (a long-running dev server sees editors' changes). The only cache of content in the project.
 */
export function getSite(root = process.cwd()): Site {
  if (frozen && cached?.site.root === root) return cached.site
  const key = siteKey(root)
  if (cached?.key !== key) cached = { key, site: loadSite(root, key) }
  return cached.site
}

/**
 * The same page in every language it exists in, keyed by language: a translation names its
 * original (`translationOf`), so the pairing is explicit, never guessed from addresses. Drafts
 * count only when asked for (the check links drafts; readers never see them).
 */
export function versionsIn(site: Site, entry: Entry<ArticleFrontmatter | PageFrontmatter>, withDrafts = false): Partial<Record<Locale, Entry<ArticleFrontmatter | PageFrontmatter>>> {
  const original = entry.lang === SOURCE_LOCALE ? entry.file : entry.frontmatter.translationOf
  const versions: Partial<Record<Locale, Entry<ArticleFrontmatter | PageFrontmatter>>> = {}
  if (!original) return versions
  for (const e of [...site.entries.articles, ...site.entries.pages] as Entry<ArticleFrontmatter | PageFrontmatter>[])
    if ((withDrafts || !e.frontmatter.draft) && (e.file === original || e.frontmatter.translationOf === original)) versions[e.lang] = e
  return versions
}
