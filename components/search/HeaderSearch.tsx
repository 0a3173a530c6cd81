import { localePath, messages, type Locale } from '@/lib/i18n'
import { PAGE_IDS } from '@/lib/page-ids'

/**
 * The search box in the header. The field has no name, so without JavaScript the form opens the
 * search page and the words are never sent to a server; browser/header-search.ts hands them to
 * the search page after the #, which stays in the browser.
 */
export function HeaderSearch({ lang }: { lang: Locale }) {
  const t = messages(lang).chrome
  return (
    <form role="search" aria-label={t.searchLabel} action={localePath(lang, '/search/')} className="header-search">
      <label htmlFor={PAGE_IDS.headerSearch} className="sr-only">
        {t.searchLabel}
      </label>
      <input id={PAGE_IDS.headerSearch} type="search" placeholder={t.searchPlaceholder} />
      <button type="submit">{t.searchButton}</button>
    </form>
  )
}
