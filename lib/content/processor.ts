import path from 'node:path'
import type { Root, RootContent } from 'mdast'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { toString } from 'mdast-util-to-string'
import { unified, type Processor } from 'unified'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { transformCitations } from '../citations/remark-citations'
import { PAGE_IDS } from '../page-ids'
import { assignHeadingIds } from '../toc'
import { factsList, transformDigest } from './digest'
import { isNextSteps, nextStepsListing, nextStepsNodes } from './next-steps'
import { transformOptionsTable } from './options-table'
import { transformFigures } from './figures'
import { parseFrontmatter, validateFrontmatter } from './frontmatter'
import { transformGlossaryLinks } from './glossary-links'
import { contentSyntax } from './parse'
import { esmExport, jsxFlow } from './jsx'
import { collectionOf, hrefFor, slugOf, today, type Collection } from './paths'
import { report, type Rule, type RuleContext } from './rules/define'
import * as frontmatterRules from './rules/frontmatter'
import { CITED_RULES, DRAFT_WARNINGS, OUTLINE_RULES, SOURCE_RULES } from './rules/index'
import { schemaFor, type ArticleFrontmatter } from './schema'
import { messages, SOURCE_LOCALE, type Locale } from '../i18n'
import { checkTranslation } from './translation'
import { byReadingOrder } from './loader'
import { getSite, type Site, type Source } from './site'

export interface ContentOptions {
  /** Absolute project root: content paths and messages are relative to it. */
  root: string
}

/** Thrown when a file has errors, so nothing broken is built; its message lists every one, located. */
export class ContentErrors extends Error {
  readonly file: VFile
  constructor(file: VFile, root: string) {
    // Name the file as editors know it (content/articles/x.mdx), whatever path the bundler used.
    const shown = Object.assign(new VFile({ path: path.relative(root, path.resolve(root, file.path)) }), { messages: file.messages })
    super(`Content errors:\n${reporter([shown], { verbose: true, quiet: true })}`)
    this.name = 'ContentErrors'
    this.file = file
  }
}

/** The file's frontmatter, parsed once: the site's copy when the text is the one on disk. */
function frontmatterOf(site: Site, rel: string, source: string, collection: Collection, lang: Locale): Pick<Source, 'fm' | 'data' | 'problems'> {
  const known = site.sources.get(rel)
  if (known && known.source === source) return known
  const fm = parseFrontmatter(source)
  const { schema, keys } = schemaFor(collection, lang !== SOURCE_LOCALE)
  const { data, problems } = fm.present ? validateFrontmatter(schema, fm, keys) : { data: undefined, problems: [] }
  return { fm, ...(data ? { data } : {}), problems }
}

/** The key facts box, its facts placed at their own lines of the YAML. */
function keyFactsNode(facts: string[], locate: Source['fm']['locate']): RootContent {
  return jsxFlow('KeyFacts', {}, [factsList(facts, (i) => locate(['keyFacts', i])) as never]) as unknown as RootContent
}

/** Articles longer than this (words of their own body) close with "In short": their key facts again. */
export const IN_SHORT_AFTER_WORDS = 1200

const wordCount = (tree: Root) => toString({ type: 'root', children: tree.children.filter((n) => n.type !== 'yaml' && n.type !== 'mdxJsxFlowElement') } as Root).split(/\s+/).filter(Boolean).length

/** "In short": the key facts as a closing recap, placed at their own YAML lines like the box at the top. */
function inShortNodes(facts: string[], locate: Source['fm']['locate'], at: RootContent['position'], lang: Locale): RootContent[] {
  const heading: RootContent = { type: 'heading', depth: 2, position: at, children: [{ type: 'text', value: `${messages(lang).article.inShort} [#in-short]`, position: at }] }
  return [heading, factsList(facts, (i) => locate(['keyFacts', i])) as RootContent]
}

const run = (rules: Rule[], tree: Root, file: VFile, ctx: RuleContext) => rules.forEach((rule) => rule.check!(tree, file, ctx))

/**
 * Everything the site does to one content file, in order: frontmatter, key facts, the rules on
 * the file as written, heading ids, the outline and link rules, glossary terms, shared figures,
 * numbered citations, and the rules on the cited page. Results are left on `file.data`.
 */
export function analyze(tree: Root, file: VFile, site: Site, collection: Collection, lang: Locale = SOURCE_LOCALE): void {
  const rel = path.relative(site.root, path.resolve(site.root, file.path))
  const { fm, data, problems } = frontmatterOf(site, rel, String(file.value), collection, lang)
  if (!fm.present) report(file, frontmatterRules.missing, 'The file has no frontmatter: it must start with a --- line, the fields, and another --- line.', { line: 1, column: 1 }, 'run "npm run new -- <slug>" to start from a complete template.')
  for (const p of problems) report(file, p.kind === 'yaml' ? frontmatterRules.yaml : frontmatterRules.schema, p.message, p, p.hint)
  file.data.collection = collection
  file.data.lang = lang
  file.data.locate = fm.locate
  if (data) file.data.frontmatter = data

  if (collection === 'articles' && data) {
    const at = tree.children.findIndex((n) => n.type === 'yaml')
    tree.children.splice(at + 1, 0, keyFactsNode((data as ArticleFrontmatter).keyFacts, fm.locate))
  }
  const ctx: RuleContext = { site, today: today(), collection, lang, href: hrefFor(collection, slugOf(rel), lang), draft: data?.draft ?? false }
  run(SOURCE_RULES, tree, file, ctx)
  // A translation keeps its original's sections and citations, and says when the original moved on.
  if (lang !== SOURCE_LOCALE && data) checkTranslation(tree, file, ctx, data)
  // A long article ends with its key facts again ("In short"); every article then closes with the
  // next-steps page (checked on its own, so after the source rules).
  if (collection === 'articles' && data) {
    const end = tree.position?.end ?? { line: 1, column: 1 }
    if (wordCount(tree) > IN_SHORT_AFTER_WORDS) tree.children.push(...inShortNodes((data as ArticleFrontmatter).keyFacts, fm.locate, { start: end, end }, lang))
    tree.children.push(...nextStepsNodes(site, { start: end, end }, lang))
  }
  // The digest copies the articles' key facts in (checked there already), so they are numbered and listed like the page's own.
  transformDigest(tree, site.entries.articles.filter((a) => a.lang === lang).sort(byReadingOrder), file)
  // A table at a glance copies answers from the page's own option cards (before ids and numbers).
  transformOptionsTable(tree, file, lang)

  const { toc, headings } = assignHeadingIds(tree)
  file.data.toc = toc
  file.data.headings = headings
  file.data.ids = [...Object.values(PAGE_IDS), ...headings.map((h) => h.id)]
  run(OUTLINE_RULES, tree, file, ctx)

  transformGlossaryLinks(tree, site.glossaryOf(lang), lang)
  transformFigures(tree, site.figures, file, lang)
  // The closing part's sources are listed once, on its own page; its markers link there.
  const closing = tree.children.find(isNextSteps)
  if (closing) file.data.sharedReferences = transformCitations({ type: 'root', children: [closing] }, site.registry, file, nextStepsListing(site, lang))
  file.data.references = transformCitations(tree, site.registry, file)
  run(CITED_RULES, tree, file, ctx)

  // A draft is never published, so work-in-progress rules only warn; anything that would break
  // the build (syntax, schema, unknown citations, broken links) is still an error.
  if (ctx.draft) {
    const soft = new Set(DRAFT_WARNINGS.map((r) => r.id))
    for (const m of file.messages) if (soft.has(`${m.source}/${m.ruleId}`)) m.fatal = false
  }
}

/**
 * The remark plugin every content file goes through, in `npm run check`, the MDX build and the
 * tests alike. It adds its own syntax (frontmatter, GFM), so @next/mdx is handed this one plugin
 * and the check builds the very same processor. It exports `headings` (the contents list) and
 * `references` (which sources the file cites, numbered, with their back-links; the text of each
 * comes from the registry when the page renders) from the compiled module, and throws when the
 * file has errors.
 */
export default function remarkContent(this: Processor, options: ContentOptions) {
  contentSyntax.call(this)
  return (tree: Root, file: VFile) => {
    const where = collectionOf(options.root, path.resolve(options.root, file.path))
    if (!where) return // MDX outside content/ is not ours to check
    analyze(tree, file, getSite(options.root), where.collection, where.lang)
    tree.children.push(esmExport('headings', file.data.toc ?? []) as never, esmExport('references', file.data.references ?? []) as never)
    if (file.messages.some((m) => m.fatal)) throw new ContentErrors(file, options.root)
  }
}

/** The processor `npm run check` and the tests run: the same plugin the build hands to MDX. */
export function contentProcessor(options: ContentOptions) {
  return unified().use(remarkParse).use(remarkMdx).use(remarkContent, options)
}
