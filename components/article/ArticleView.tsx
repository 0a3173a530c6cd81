import type { ComponentType } from 'react'
import type { CitedReference } from '@/lib/citations/format'
import type { ArticleFrontmatter, PageFrontmatter } from '@/lib/content/schema'
import type { Neighbours } from '@/lib/content/related'
import type { TocEntry } from '@/lib/toc'
import { ArticleFooterNav } from './ArticleFooterNav'
import { Previews } from './Previews'
import { PrintButton } from './PrintButton'
import { ReferenceList } from './ReferenceList'
import { ReportProblem } from './ReportProblem'
import { ReviewStamp } from './ReviewStamp'
import { TableOfContents } from './TableOfContents'
import { formatDate } from '@/lib/dates'
import { absoluteUrl } from '@/lib/metadata'
import { PAGE_IDS } from '@/lib/page-ids'

interface Props {
  frontmatter: ArticleFrontmatter | PageFrontmatter
  /** The page's own address, e.g. /articles/side-effects/. */
  path: string
  /** An article's slug: its print control offers the summary for your doctor with it ticked. */
  slug?: string
  Content: ComponentType
  headings: TocEntry[]
  references: CitedReference[]
  /** Breadcrumb-style context above the title, e.g. the section. */
  eyebrow?: { href: string; label: string }
  /** Previous, next and related articles (articles only). */
  neighbours?: Neighbours
}

/**
 * One article or standalone page. The first screen is for the answer: section, title, summary, a
 * one-line review stamp, the contents (collapsed on a phone, a side column when wide), then the
 * body with its key facts. The sources, the full review box and the rest follow the body.
 */
export function ArticleView({ frontmatter, path, slug, Content, headings, references, eyebrow, neighbours }: Props) {
  const hasKeyFacts = 'keyFacts' in frontmatter
  return (
    <article className="article" data-pagefind-body="">
      <header>
        {eyebrow ? (
          <p className="text-base" data-pagefind-meta="section">
            <a href={eyebrow.href}>{eyebrow.label}</a>
          </p>
        ) : null}
        <h1 className="mt-1 text-3xl font-bold leading-tight sm:text-4xl">{frontmatter.title}</h1>
        <p className="lead">{frontmatter.description}</p>
        <p className="stamp" data-pagefind-ignore="">
          Reviewed <time dateTime={frontmatter.lastReviewed}>{formatDate(frontmatter.lastReviewed)}</time> ·{' '}
          <a href={`#${PAGE_IDS.review}`}>Details</a>
        </p>
      </header>
      <TableOfContents
        entries={headings}
        before={hasKeyFacts ? [{ depth: 2, text: 'Key facts', id: PAGE_IDS.keyFacts }] : []}
        after={references.length ? [{ depth: 2, text: 'Sources', id: PAGE_IDS.references }] : []}
      />
      <div className="prose-site">
        <Content />
      </div>
      <ReferenceList references={references} url={absoluteUrl(path)} />
      <ReviewStamp lastReviewed={frontmatter.lastReviewed} nextReviewDue={frontmatter.nextReviewDue} reviewer={frontmatter.reviewer} href={path} history={frontmatter.history} />
      <PrintButton summaryOf={slug} />
      <ReportProblem title={frontmatter.title} path={path} />
      {neighbours ? <ArticleFooterNav {...neighbours} /> : null}
      <Previews />
    </article>
  )
}
