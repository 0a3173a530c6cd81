import type { ComponentType } from 'react'
import type { MDXComponents } from 'mdx/types'
import { mdxComponents } from '@/components/mdx/by-language'
import { LanguageLinks } from '@/components/layout/LanguageLinks'
import { formatDate, messages, SOURCE_LOCALE, type Locale } from '@/lib/i18n'
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
import { absoluteUrl, type Versions } from '@/lib/metadata'
import { PAGE_IDS } from '@/lib/page-ids'

interface Props {
  frontmatter: ArticleFrontmatter | PageFrontmatter
  /** The page's own address, e.g. /articles/side-effects/. */
  path: string
  /** An article's slug: its print control offers the summary for your doctor with it ticked. */
  slug?: string
  Content: ComponentType<{ components?: MDXComponents }>
  headings: TocEntry[]
  references: CitedReference[]
  /** Breadcrumb-style context above the title, e.g. the section. */
  eyebrow?: { href: string; label: string }
  /** Previous, next and related articles (articles only). */
  neighbours?: Neighbours
  lang: Locale
  /** The page in each language it exists in: a visible link to the others. */
  versions: Versions
}

/**
 * One article or standalone page. The first screen is for the answer: section, title, summary, a
 * one-line review stamp, the contents (collapsed on a phone, a side column when wide), then the
 * body with its key facts. The sources, the full review box and the rest follow the body.
 */
export function ArticleView({ frontmatter, path, slug, Content, headings, references, eyebrow, neighbours, lang, versions }: Props) {
  const hasKeyFacts = 'keyFacts' in frontmatter
  const t = messages(lang).article
  const original = lang !== SOURCE_LOCALE ? versions[SOURCE_LOCALE] : undefined
  return (
    <article className="article" data-pagefind-body="">
      <header>
        <LanguageLinks lang={lang} versions={versions} />
        {eyebrow ? (
          <p className="eyebrow text-base" data-pagefind-meta="section">
            <a href={eyebrow.href}>{eyebrow.label}</a>
          </p>
        ) : null}
        <h1 className="mt-1 text-3xl font-bold leading-tight sm:text-4xl">{frontmatter.title}</h1>
        <p className="lead">{frontmatter.description}</p>
        <p className="stamp" data-pagefind-ignore="">
          {t.reviewed} <time dateTime={frontmatter.lastReviewed}>{formatDate(frontmatter.lastReviewed, lang)}</time> ·{' '}
          <a href={`#${PAGE_IDS.review}`}>{t.details}</a>
        </p>
      </header>
      <TableOfContents
        entries={headings}
        before={hasKeyFacts ? [{ depth: 2, text: t.keyFacts, id: PAGE_IDS.keyFacts }] : []}
        after={references.length ? [{ depth: 2, text: t.sources, id: PAGE_IDS.references }] : []}
        lang={lang}
      />
      <div className="prose-site">
        <Content components={mdxComponents(lang)} />
      </div>
      <ReferenceList references={references} url={absoluteUrl(path)} lang={lang} />
      {original ? (
        <p className="translation-note mt-6 text-muted">
          {t.translationNote.before}
          <a href={original} hrefLang="en" lang="en">{t.translationNote.link}</a>
          {t.translationNote.after}
        </p>
      ) : null}
      <ReviewStamp lastReviewed={frontmatter.lastReviewed} nextReviewDue={frontmatter.nextReviewDue} reviewer={frontmatter.reviewer} href={path} history={frontmatter.history} lang={lang} />
      <PrintButton summaryOf={slug} lang={lang} />
      <ReportProblem title={frontmatter.title} path={path} lang={lang} />
      {neighbours ? <ArticleFooterNav {...neighbours} lang={lang} /> : null}
      <Previews lang={lang} />
    </article>
  )
}
