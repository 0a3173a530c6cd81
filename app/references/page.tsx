import type { Metadata } from 'next'
import { ReferenceText } from '@/components/article/ReferenceList'
import { compiledArticle, compiledPage } from '@/components/article/compiled'
import { formatReference } from '@/lib/citations/format'
import { getSite } from '@/lib/content/site'
import { citationIndex } from '@/lib/content/citing'
import { getArticles, getPages } from '@/lib/content/loader'
import { formatDate } from '@/lib/dates'
import { pageMetadata } from '@/lib/metadata'

export const metadata: Metadata = pageMetadata({
  title: 'All references',
  description: 'Every source this site cites, what kind of evidence it is, when we checked it, and which pages use it.',
  path: '/references/',
})

export default async function ReferencesPage() {
  const { registry } = getSite()
  const pages = await Promise.all([
    ...getArticles().map(async (a) => ({ title: a.frontmatter.title, href: a.href, referenceIds: (await compiledArticle(a.slug)).references.map((r) => r.id) })),
    ...getPages().map(async (p) => ({ title: p.frontmatter.title, href: p.href, referenceIds: (await compiledPage(p.slug)).references.map((r) => r.id) })),
  ])
  const citing = citationIndex(pages)
  const refs = [...registry.entries.values()]
    .map((ref) => ({ ref, formatted: formatReference(ref) }))
    .sort((a, b) => a.formatted.text.localeCompare(b.formatted.text))
  return (
    <div className="mx-auto max-w-measure">
      <h1 className="text-3xl font-bold sm:text-4xl">All references</h1>
      <p className="mt-3 text-xl text-muted">
        Every source we cite, in alphabetical order. For each one we say what kind of evidence it is, when we checked its
        details against the source itself, and which of our pages use it.
      </p>
      <ul className="references mt-8 space-y-6 text-base [overflow-wrap:anywhere]">
        {refs.map(({ ref, formatted }) => {
          const pages = citing.get(ref.id) ?? []
          return (
            <li key={ref.id} id={ref.id} className="border-t border-line pt-4">
              <ReferenceText segments={formatted.segments} />
              <p className="mt-1 text-muted">
                Type of evidence: {formatted.evidenceLabel}. Details checked on{' '}
                <time dateTime={ref.verified.on}>{formatDate(ref.verified.on)}</time>.
              </p>
              {pages.length ? (
                <p className="mt-1">
                  Cited in:{' '}
                  {pages.map((p, i) => (
                    <span key={p.href}>
                      {i ? ', ' : ''}
                      <a href={p.href}>{p.title}</a>
                    </span>
                  ))}
                </p>
              ) : null}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
