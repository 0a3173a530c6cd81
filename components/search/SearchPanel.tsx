'use client'

import { useEffect, useRef, useState } from 'react'
import { PAGE_IDS } from '@/lib/page-ids'

interface Result {
  url: string
  title: string
  section?: string
  excerpt: string
}

interface Pagefind {
  init(): Promise<void>
  preload(term: string): Promise<void>
  search(term: string | null): Promise<{ results: { data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }> }[] }>
}

/** The query lives in the address after #, which browsers never send to a server. */
const readQuery = () => new URLSearchParams(window.location.hash.slice(1)).get('q') ?? ''

/**
 * Site search, entirely in the browser: Pagefind's index (built with the site, served from this
 * site) is loaded once, then every search runs locally. Nothing about the query leaves the device.
 */
export function SearchPanel() {
  const pagefind = useRef<Pagefind | null>(null)
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading')
  const [query, setQuery] = useState('')
  const [results, setResults] = useState<Result[] | null>(null)

  useEffect(() => {
    let cancelled = false
    async function load() {
      try {
        const path = '/pagefind/pagefind.js'
        const pf = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ path)) as Pagefind
        await pf.init()
        // Load the whole index and every page's entry now (the site is small), so searching
        // keeps working if the connection drops after this page has loaded.
        await Promise.all([...'abcdefghijklmnopqrstuvwxyz0123456789'].map((c) => pf.preload(c)))
        const all = await pf.search(null)
        await Promise.all(all.results.map((r) => r.data()))
        if (cancelled) return
        pagefind.current = pf
        setStatus('ready')
        setQuery(readQuery())
      } catch {
        if (!cancelled) setStatus('failed')
      }
    }
    void load()
    return () => {
      cancelled = true
    }
  }, [])

  useEffect(() => {
    const pf = pagefind.current
    if (!pf) return
    const term = query.trim()
    window.history.replaceState(null, '', term ? `#q=${encodeURIComponent(term)}` : window.location.pathname)
    if (!term) return setResults(null)
    let stale = false
    void pf.search(term).then(async ({ results: found }) => {
      const data = await Promise.all(found.slice(0, 20).map((r) => r.data()))
      if (!stale) setResults(data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, section: d.meta.section, excerpt: d.excerpt })))
    })
    return () => {
      stale = true
    }
  }, [query, status])

  return (
    <div>
      <form role="search" aria-label="Search this site" onSubmit={(e) => e.preventDefault()} className="mt-6">
        <label htmlFor="search-input" className="block font-semibold">
          Search for a word or phrase
        </label>
        <input
          id={PAGE_IDS.searchInput}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          disabled={status !== 'ready'}
          autoComplete="off"
          className="mt-2 w-full max-w-xl rounded border-2 border-ink bg-page px-3 py-2 text-lg text-ink"
        />
      </form>
      <p role="status" className="mt-4 text-muted">
        {status === 'loading' && 'Loading search…'}
        {status === 'failed' && 'Search could not load. You can browse all articles instead.'}
        {status === 'ready' && results && `${results.length} ${results.length === 1 ? 'page matches' : 'pages match'} “${query.trim()}”.`}
      </p>
      {results?.length ? (
        <ol className="mt-4 space-y-6">
          {results.map((r) => (
            <li key={r.url}>
              <a href={r.url} className="text-lg font-semibold">{r.title}</a>
              {r.section ? <p className="text-base text-muted">{r.section}</p> : null}
              {/* Pagefind's excerpt is our own page text, escaped, with <mark> around the matches. */}
              <p className="mt-1 text-base" dangerouslySetInnerHTML={{ __html: r.excerpt }} />
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  )
}
