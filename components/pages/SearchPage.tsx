import { LanguageLinks } from '@/components/layout/LanguageLinks'
import { SearchPanel } from '@/components/search/SearchPanel'
import { messages, type Locale } from '@/lib/i18n'
import { fixedPageMetadata, fixedVersions } from '@/lib/metadata'

export function searchMetadata(lang: Locale) {
  const t = messages(lang).search
  return fixedPageMetadata('/search/', lang, t)
}

/** Search, in the browser, over the pages of this language. */
export function SearchPage({ lang }: { lang: Locale }) {
  const t = messages(lang).search
  return (
    <div className="mx-auto max-w-measure">
      <LanguageLinks lang={lang} versions={fixedVersions('/search/')} />
      <h1 className="text-3xl font-bold sm:text-4xl">{t.title}</h1>
      <p className="mt-3 text-xl text-muted">{t.lead}</p>
      <SearchPanel lang={lang} />
    </div>
  )
}
