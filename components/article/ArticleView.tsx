import type { ComponentType } from 'react'
import type { CitedReference } from '@/lib/citations/remark-citations'
import type { ArticleFrontmatter, PageFrontmatter } from '@/lib/content/schema'
import type { TocEntry } from '@/lib/toc'
import { ReferenceList } from './ReferenceList'
import { ReviewStamp } from './ReviewStamp'
import { TableOfContents } from './TableOfContents'

interface Props {
  frontmatter: ArticleFrontmatter | PageFrontmatter
  Content: ComponentType
  headings: TocEntry[]
  references: CitedReference[]
  /** Breadcrumb-style context above the title, e.g. the section. */
  eyebrow?: { href: string; label: string }
}

/** One article or standalone page: title, review stamp, contents, body, references. */
export function ArticleView({ frontmatter, Content, headings, references, eyebrow }: Props) {
  const hasKeyFacts = 'keyFacts' in frontmatter
  return (
    <article className="mx-auto max-w-measure">
      <header>
        {eyebrow ? (
          <p className="text-base">
            <a href={eyebrow.href}>{eyebrow.label}</a>
          </p>
        ) : null}
        <h1 className="mt-1 text-3xl font-bold leading-tight sm:text-4xl">{frontmatter.title}</h1>
        <p className="mt-3 text-xl text-muted">{frontmatter.description}</p>
        <ReviewStamp lastReviewed={frontmatter.lastReviewed} nextReviewDue={frontmatter.nextReviewDue} reviewer={frontmatter.reviewer} history={frontmatter.history} />
      </header>
      <TableOfContents
        entries={headings}
        before={hasKeyFacts ? [{ depth: 2, text: 'Key facts', id: 'key-facts' }] : []}
        after={references.length ? [{ depth: 2, text: 'References', id: 'references' }] : []}
      />
      <div className="prose-site">
        <Content />
      </div>
      <ReferenceList references={references} />
    </article>
  )
}
