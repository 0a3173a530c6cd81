import type { Metadata } from 'next'
import { SectionArticles } from '@/components/article/SectionArticles'
import { MorePages } from '@/components/layout/MorePages'
import { articlesBySection } from '@/lib/content/loader'
import { pageMetadata } from '@/lib/metadata'

export const metadata: Metadata = pageMetadata({
  title: 'All articles',
  description: 'Every article on this site, by section, in a suggested reading order.',
  path: '/articles/',
})

export default function ArticlesIndex() {
  return (
    <>
      <h1 className="text-3xl font-bold sm:text-4xl">All articles</h1>
      <p className="mt-3 max-w-measure text-xl text-muted">Grouped by section, in a suggested reading order.</p>
      {articlesBySection().map(({ section, articles }) => (
        <SectionArticles key={section.id} section={section} articles={articles} />
      ))}
      <MorePages headingId="more-pages" />
    </>
  )
}
