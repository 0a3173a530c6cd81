import { ChangeLogs } from '@/components/article/ChangeLogs'
import { CorrectionsList } from '@/components/article/CorrectionsList'
import { LanguageLinks } from '@/components/layout/LanguageLinks'
import { changeLogs, collectCorrections } from '@/lib/content/corrections'
import { getArticles, getPages } from '@/lib/content/loader'
import { localePath, messages, type Locale } from '@/lib/i18n'
import { fixedPageMetadata, fixedVersions } from '@/lib/metadata'

export function correctionsMetadata(lang: Locale) {
  const t = messages(lang).corrections
  return fixedPageMetadata('/corrections/', lang, t)
}

/** Every correction to a language's pages, newest first, then each page's change log. */
export function CorrectionsPage({ lang }: { lang: Locale }) {
  const t = messages(lang).corrections
  const entries = [...getArticles(lang), ...getPages(lang)]
  return (
    <div className="mx-auto max-w-measure">
      <LanguageLinks lang={lang} versions={fixedVersions('/corrections/')} />
      <h1 className="text-3xl font-bold sm:text-4xl">{t.title}</h1>
      <p className="mt-3 text-xl text-muted">
        {t.lead} <a href={localePath(lang, '/about/#reporting-a-mistake')}>{t.howToReport}</a>.
      </p>
      <CorrectionsList corrections={collectCorrections(entries)} lang={lang} />
      <ChangeLogs logs={changeLogs(entries)} lang={lang} />
    </div>
  )
}
