import { PAGE_IDS } from '../lib/page-ids'

/**
 * The header search box (components/search/HeaderSearch.tsx). Its field has no name, so without
 * JavaScript the form opens the search page and sends no words; here the words travel to the
 * search page after the #, which never leaves the browser.
 */
export function headerSearch() {
  const input = document.getElementById(PAGE_IDS.headerSearch) as HTMLInputElement | null
  input?.form?.addEventListener('submit', (event) => {
    event.preventDefault()
    const term = input.value.trim()
    window.location.assign(term ? `/search/#q=${encodeURIComponent(term)}` : '/search/')
  })
}
