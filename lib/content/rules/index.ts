import * as citations from './citations'
import * as content from './content'
import type { Rule } from './define'
import * as digest from './digest'
import * as figures from './figures'
import * as frontmatter from './frontmatter'
import * as glossary from './glossary'
import * as headings from './headings'
import * as links from './links'
import * as mdx from './mdx'
import * as media from './media'
import * as options from './options'
import * as registry from './registry'
import * as review from './review'
import * as style from './style'
import * as translation from './translation'
import * as urls from './urls'

/**
 * The rules that read a file as its editor wrote it, before the site transforms it: review dates,
 * what content may contain (components, HTML, code, addresses), images and tables.
 */
export const SOURCE_RULES: Rule[] = [review.overdue, review.dueSoon, review.futureDate, mdx.unknownComponent, mdx.props, mdx.html, mdx.attribute, mdx.expression, urls.scheme, media.imageAlt, media.tableHeader]

/** The rules that read headings once they have their ids, and links against them. */
export const OUTLINE_RULES: Rule[] = [headings.noH1, headings.skippedLevel, headings.duplicateId, headings.reservedId, headings.citation, links.relative, links.trailingSlash, links.unknownPage, links.draft, links.unknownSection, glossary.firstUse]

/** The rules that read the page once its citations are numbered. */
export const CITED_RULES: Rule[] = [citations.uncitedClaim, citations.noCiteReason, citations.careCard, style.readingGrade, style.readingEase]

/** Every rule the site has, for the editor's guide: per-file rules and the ones reported elsewhere. */
export const RULES: Rule[] = [
  frontmatter.missing,
  frontmatter.yaml,
  frontmatter.schema,
  content.duplicateSlug,
  content.slug,
  content.extension,
  registry.json,
  registry.schema,
  registry.duplicateId,
  registry.unused,
  ...registry.ENTRY_RULES,
  figures.figureSchema,
  glossary.hardTermsSchema,
  glossary.missingEntry,
  figures.unknownFigure,
  figures.noArray,
  digest.unknownArticle,
  options.noOptions,
  options.unknownRow,
  mdx.syntax,
  ...SOURCE_RULES,
  urls.remote,
  ...OUTLINE_RULES,
  citations.unknownKey,
  citations.malformed,
  ...CITED_RULES,
  ...translation.RULES,
]

/** Rules that only warn while a page is a draft: it is unfinished, and readers never see it. */
export const DRAFT_WARNINGS: Rule[] = [citations.uncitedClaim, style.readingGrade, style.readingEase, review.overdue, review.dueSoon, review.futureDate, translation.stale]

/** The editor's guide table: one row per rule, generated from the rules themselves. */
export function ruleTable(): string {
  const rows = RULES.map((r) => `| \`${r.id}\` | ${r.severity} | ${r.catches} |`)
  return ['| Rule | Severity | What it catches |', '| --- | --- | --- |', ...rows].join('\n')
}
