import type { List, Root, RootContent } from 'mdast'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Registry } from '../citations/registry'
import { transformCitations, type CitedReference } from '../citations/remark-citations'
import { jsxFlow } from '../mdx/jsx'
import type { ReadingStats } from '../readability'
import { assignHeadingIds, RESERVED_IDS, type TocEntry } from '../toc'
import { parseFrontmatter, validateFrontmatter, type ParsedFrontmatter } from './frontmatter'
import { transformFigures, type Figures } from './figures'
import type { GlossaryEntry } from './glossary'
import { transformGlossaryLinks } from './glossary-links'
import type { Finding } from './findings'
import { hrefFor, slugOf, type Collection } from './paths'
import { citationCoverageRule, type Coverage } from './rules/citation-coverage'
import { headingRules } from './rules/headings'
import { linkRules } from './rules/links'
import { mediaRules } from './rules/media'
import { readabilityRule } from './rules/readability'
import { reviewRules } from './rules/review'
import { articleSchema, pageSchema, type ArticleFrontmatter, type PageFrontmatter } from './schema'
import type { SiteIndex } from './site-index'

/** What the rules need beyond the file itself. */
export interface AnalysisContext {
  registry: Registry
  /** Every address on the site, for link checks. */
  site: SiteIndex
  /** Today's date (YYYY-MM-DD), for review-date rules. */
  today: string
  /** Glossary terms by id, for inline definitions. */
  glossary: Map<string, GlossaryEntry>
  /** Figures shared by several pages (content/figures.json). */
  figures: Figures
}

/** Everything the rules and the page need to know about one content file. */
export interface AnalyzedDocument {
  file: string
  collection: Collection
  source: string
  fm: ParsedFrontmatter
  frontmatter?: ArticleFrontmatter | PageFrontmatter
  toc: TocEntry[]
  references: CitedReference[]
  reading: ReadingStats
  coverage: Coverage
  findings: Finding[]
}

/** Rules that only warn while a page is a draft: it is unfinished, and readers never see it. */
export const DRAFT_WARNINGS = ['cite/uncited-claim', 'style/reading-grade', 'review/']

const ARTICLE_KEYS = Object.keys(articleSchema.shape)
const PAGE_KEYS = Object.keys(pageSchema.shape)

/** Parse key facts (markdown with citations) into list items placed where the YAML says they are. */
function keyFactsNode(facts: string[], fm: ParsedFrontmatter): RootContent {
  const parser = unified().use(remarkParse).use(remarkMdx)
  const items = facts.map((fact, i) => {
    const { line, column } = fm.locate(['keyFacts', i])
    const parsed = parser.parse(fact) as Root
    // Put every parsed node at the key fact's own line, so a bad citation in it is located.
    const relocate = (node: { position?: unknown; children?: unknown[] }) => {
      node.position = { start: { line, column }, end: { line, column: column + fact.length } }
      node.children?.forEach((c) => relocate(c as typeof node))
    }
    parsed.children.forEach((c) => relocate(c as never))
    const position = { start: { line, column }, end: { line, column: column + fact.length } }
    return { type: 'listItem', spread: false, children: parsed.children, position } as List['children'][number]
  })
  const list: List = { type: 'list', ordered: false, spread: false, children: items }
  return jsxFlow('KeyFacts', {}, [list]) as unknown as RootContent
}

/**
 * Validate and transform one parsed MDX tree in place: frontmatter, key facts, heading ids,
 * citations, and every per-file rule. Shared by the MDX build (remark plugin) and `npm run check`,
 * so both report the same findings with the same words.
 */
export function analyzeTree(tree: Root, source: string, file: string, collection: Collection, ctx: AnalysisContext): AnalyzedDocument {
  const fm = parseFrontmatter(source)
  const schema = collection === 'articles' ? articleSchema : pageSchema
  // Without a frontmatter block, one finding says so instead of one per missing field.
  const { data, findings } = fm.present
    ? validateFrontmatter(schema, fm, file, collection === 'articles' ? ARTICLE_KEYS : PAGE_KEYS)
    : { data: undefined, findings: [{ file, line: 1, column: 1, severity: 'error' as const, rule: 'frontmatter/missing', message: 'The file has no frontmatter: it must start with a --- line, the fields, and another --- line.', hint: 'run "npm run new -- <slug>" to start from a complete template.' }] }

  if (data) findings.push(...reviewRules(data, fm, file, ctx.today))
  if (collection === 'articles' && data) {
    const yamlIndex = tree.children.findIndex((n) => n.type === 'yaml')
    tree.children.splice(yamlIndex + 1, 0, keyFactsNode((data as ArticleFrontmatter).keyFacts, fm))
  }

  const { toc, headings } = assignHeadingIds(tree)
  findings.push(...headingRules(headings, file))
  const ownIds = new Set([...RESERVED_IDS, ...headings.map((h) => h.id)])
  findings.push(...linkRules(tree, file, hrefFor(collection, slugOf(file)), ownIds, ctx.site, data?.draft ?? false))
  transformGlossaryLinks(tree, ctx.glossary)
  findings.push(...mediaRules(tree, file))
  findings.push(...transformFigures(tree, ctx.figures, file))
  const cited = transformCitations(tree, ctx.registry, file)
  findings.push(...cited.findings)
  const coverage = citationCoverageRule(tree, file)
  findings.push(...coverage.findings)
  const readability = readabilityRule(tree, file)
  findings.push(...readability.findings)

  // A draft is never published, so work-in-progress rules only warn; anything that would break
  // the build (syntax, schema, unknown citations, broken links) is still an error.
  if (data?.draft) for (const f of findings) if (DRAFT_WARNINGS.some((r) => f.rule.startsWith(r))) f.severity = 'warning'

  return { file, collection, source, fm, ...(data ? { frontmatter: data } : {}), toc, references: cited.references, reading: readability.stats, coverage: coverage.coverage, findings }
}
