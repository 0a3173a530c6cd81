import { PAGE_IDS } from '@/lib/page-ids'

/**
 * The search form and its results, run entirely in the browser by browser/search.ts with
 * Pagefind. Until that script runs the field stays disabled and the page says why; the script
 * hides the message. (Not <noscript>: that says nothing when scripts are on but ours fails.)
 */
export function SearchPanel() {
  return (
    <div>
      <p data-search-needs-js="" className="mt-6">
        Search needs JavaScript, which is turned off or did not load. You can <a href="/articles/">browse all articles</a> or
        the <a href="/glossary/">glossary</a> instead.
      </p>
      <form role="search" aria-label="Search this site" className="mt-6">
        <label htmlFor={PAGE_IDS.searchInput} className="block font-semibold">
          Search for a word or phrase
        </label>
        <input id={PAGE_IDS.searchInput} type="search" disabled autoComplete="off" className="mt-2 w-full max-w-xl rounded border-2 border-ink bg-page px-3 py-2 text-lg text-ink" />
      </form>
      <p role="status" data-search-status="" className="mt-4 text-muted" />
      <ol data-search-results="" className="mt-4 space-y-6" />
    </div>
  )
}
