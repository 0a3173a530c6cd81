import { localePath, messages, type Locale } from '@/lib/i18n'
import { PAGE_IDS } from '@/lib/page-ids'

/**
 * The search form and its results, run entirely in the browser by browser/search.ts with
 * Pagefind, which searches the index of the page's language (<html lang>). Until that script runs
 * the field stays disabled and the page says why; the script hides the message. (Not <noscript>:
 * that says nothing when scripts are on but ours fails.) The words the script writes are carried
 * on the status line, in the page's language.
 */
export function SearchPanel({ lang }: { lang: Locale }) {
  const t = messages(lang).search
  return (
    <div>
      <p data-search-needs-js="" className="mt-6">
        {t.needsJs.before}
        <a href={localePath(lang, '/articles/')}>{t.needsJs.articles}</a>
        {t.needsJs.middle}
        <a href={localePath(lang, '/glossary/')}>{t.needsJs.glossary}</a>
        {t.needsJs.after}
      </p>
      <form role="search" aria-label={messages(lang).chrome.searchLabel} className="mt-6">
        <label htmlFor={PAGE_IDS.searchInput} className="block font-semibold">
          {t.label}
        </label>
        <input id={PAGE_IDS.searchInput} type="search" disabled autoComplete="off" className="mt-2 w-full max-w-xl rounded border-2 border-ink bg-page px-3 py-2 text-lg text-ink" />
      </form>
      <p role="status" data-search-status="" data-loading={t.loading} data-failed={t.failed} data-one={t.resultOne} data-many={t.resultMany} className="mt-4 text-muted" />
      <ol data-search-results="" className="mt-4 space-y-6" />
    </div>
  )
}
