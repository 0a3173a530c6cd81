'use client'

import type { FormEvent } from 'react'
import { PAGE_IDS } from '@/lib/page-ids'

/**
 * The search box in the header. The field has no name, so even without JavaScript the words are
 * never sent to a server; with JavaScript they travel to the search page after the #, which stays
 * in the browser.
 */
export function HeaderSearch() {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const term = event.currentTarget.querySelector('input')?.value.trim() ?? ''
    window.location.assign(term ? `/search/#q=${encodeURIComponent(term)}` : '/search/')
  }
  return (
    <form role="search" aria-label="Search this site" action="/search/" onSubmit={submit} className="flex gap-2">
      <label htmlFor="header-search" className="sr-only">
        Search this site
      </label>
      <input id={PAGE_IDS.headerSearch} type="search" placeholder="Search" className="w-36 rounded border border-brand-ink/60 bg-page px-2 py-1 text-base text-ink sm:w-44" />
      <button type="submit" className="rounded border border-brand-ink px-3 py-1 text-base font-semibold text-brand-ink">
        Search
      </button>
    </form>
  )
}
