import type { Metadata } from 'next'
import { ReferenceText } from '@/components/article/ReferenceList'
import { compiledArticle, compiledPage } from '@/components/article/compiled'
import { LanguageLinks } from '@/components/layout/LanguageLinks'
import { formatReference } from '@/lib/citations/format'
import { citationIndex } from '@/lib/content/citing'
import { getArticles, getPages } from '@/lib/content/loader'
import { getSite } from '@/lib/content/site'
import { formatDate, messages, type Locale } from '@/lib/i18n'
import { fixedPageMetadata, fixedVersions } from '@/lib/metadata'

export function referencesMetadata(lang: Locale): Metadata {
  const t = messages(lang).references
  return fixedPageMetadata('/references/', lang, t)
}

/** Every source in the registry, in alphabetical order, with the pages of this language that cite it. */
export async function ReferencesPage({ lang }: { lang: Locale }) {
  const t = messages(lang).references
  const { registry } = getSite()
  const pages = await Promise.all([
    ...getArticles(lang).map(async (a) => ({ title: a.frontmatter.title, href: a.href, referenceIds: (await compiledArticle(a.slug, lang)).references.map((r) => r.id) })),
    ...getPages(lang).map(async (p) => ({ title: p.frontmatter.title, href: p.href, referenceIds: (await compiledPage(p.slug, lang)).references.map((r) => r.id) })),
  ])
  const citing = citationIndex(pages)
  const refs = [...registry.entries.values()]
    .map((ref) => ({ ref, formatted: formatReference(ref, lang) }))
    .sort((a, b) => a.formatted.text.localeCompare(b.formatted.text))
  return (
    <div className="mx-auto max-w-measure">
      <LanguageLinks lang={lang} versions={fixedVersions('/references/')} />
      <h1 className="text-3xl font-bold sm:text-4xl">{t.title}</h1>
      <p className="mt-3 text-xl text-muted">{t.lead}</p>
      <ul className="references mt-8 space-y-6 text-base [overflow-wrap:anywhere]">
        {refs.map(({ ref, formatted }) => {
          const cited = citing.get(ref.id) ?? []
          return (
            <li key={ref.id} id={ref.id} className="border-t border-line pt-4">
              <ReferenceText segments={formatted.segments} />
              <p className="mt-1 text-muted">
                {messages(lang).article.evidenceType} {t.evidence[formatted.evidence]}. {t.checkedOn}{' '}
                <time dateTime={ref.verified.on}>{formatDate(ref.verified.on, lang)}</time>.
              </p>
              {cited.length ? (
                <p className="mt-1">
                  {t.citedIn}{' '}
                  {cited.map((p, i) => (
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
