import type { Metadata } from 'next'
import { SectionArticles } from '@/components/article/SectionArticles'
import { LanguageLinks } from '@/components/layout/LanguageLinks'
import { MorePages } from '@/components/layout/MorePages'
import { articlesBySection } from '@/lib/content/loader'
import { messages, type Locale } from '@/lib/i18n'
import { fixedPageMetadata, fixedVersions } from '@/lib/metadata'

export function articlesIndexMetadata(lang: Locale): Metadata {
  const t = messages(lang).articlesIndex
  return fixedPageMetadata('/articles/', lang, t)
}

/** Every article of a language, by section, in reading order. */
export function ArticlesIndexPage({ lang }: { lang: Locale }) {
  const t = messages(lang).articlesIndex
  return (
    <>
      <LanguageLinks lang={lang} versions={fixedVersions('/articles/')} />
      <h1 className="text-3xl font-bold sm:text-4xl">{t.title}</h1>
      <p className="mt-3 max-w-measure text-xl text-muted">{t.lead}</p>
      {articlesBySection(lang).map(({ section, articles }) => (
        <SectionArticles key={section.id} section={section} articles={articles} />
      ))}
      <MorePages headingId="more-pages" lang={lang} />
    </>
  )
}
