import { PAGE_IDS } from '@/lib/page-ids'

/**
 * The search box in the header. The field has no name, so without JavaScript the form opens the
 * search page and the words are never sent to a server; browser/header-search.ts hands them to
 * the search page after the #, which stays in the browser.
 */
export function HeaderSearch() {
  return (
    <form role="search" aria-label="Search this site" action="/search/" className="header-search">
      <label htmlFor={PAGE_IDS.headerSearch} className="sr-only">
        Search this site
      </label>
      <input id={PAGE_IDS.headerSearch} type="search" placeholder="Search" />
      <button type="submit">
        Search
      </button>
    </form>
  )
}
