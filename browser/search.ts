import { PAGE_IDS } from '../lib/page-ids'

interface Pagefind {
  init(): Promise<void>
  preload(term: string): Promise<void>
  search(term: string | null): Promise<{ results: { data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }> }[] }>
}

/** The query lives in the address after #, which browsers never send to a server. */
const readQuery = () => new URLSearchParams(window.location.hash.slice(1)).get('q') ?? ''

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const el = document.createElement(tag)
  el.className = className
  if (text !== undefined) el.textContent = text
  return el
}

/**
 * The search page (components/search/SearchPanel.tsx), entirely in the browser: Pagefind's index,
 * built with the site and served from it, is loaded once, then every search runs locally.
 * Nothing about the query leaves the device.
 */
export async function searchPage() {
  const input = document.getElementById(PAGE_IDS.searchInput) as HTMLInputElement | null
  const status = document.querySelector<HTMLElement>('[data-search-status]')
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')
  if (!input || !status || !list) return
  document.querySelector<HTMLElement>('[data-search-needs-js]')?.setAttribute('hidden', '')
  input.form?.addEventListener('submit', (e) => e.preventDefault())
  // The words, in the page's language, come with the status line (components/search/SearchPanel.tsx).
  const say = status.dataset
  status.textContent = say.loading ?? ''
  let pagefind: Pagefind
  try {
    const path = '/pagefind/pagefind.js'
    pagefind = (await import(path)) as Pagefind
    await pagefind.init()
    // Load the whole index and every page's entry now (the site is small), so searching keeps
    // working if the connection drops after this page has loaded.
    await Promise.all([...'abcdefghijklmnopqrstuvwxyz0123456789'].map((c) => pagefind.preload(c)))
    const all = await pagefind.search(null)
    await Promise.all(all.results.map((r) => r.data()))
  } catch {
    status.textContent = say.failed ?? ''
    return
  }

  let latest = 0
  const run = async () => {
    const term = input.value.trim()
    const mine = ++latest
    window.history.replaceState(null, '', term ? `#q=${encodeURIComponent(term)}` : window.location.pathname)
    if (!term) {
      status.textContent = ''
      list.replaceChildren()
      return
    }
    const { results } = await pagefind.search(term)
    const found = await Promise.all(results.slice(0, 20).map((r) => r.data()))
    if (mine !== latest) return // a newer search has started
    status.textContent = ((found.length === 1 ? say.one : say.many) ?? '').replace('{n}', String(found.length)).replace('{term}', term)
    list.replaceChildren(
      ...found.map((d) => {
        const item = document.createElement('li')
        const title = element('a', 'text-lg font-semibold', d.meta.title ?? d.url)
        title.href = d.url
        item.append(title)
        if (d.meta.section) item.append(element('p', 'text-base text-muted', d.meta.section))
        // Pagefind's excerpt is our own page text, escaped, with <mark> around the matches.
        const excerpt = element('p', 'mt-1 text-base')
        excerpt.innerHTML = d.excerpt
        item.append(excerpt)
        return item
      }),
    )
  }
  input.disabled = false
  input.value = readQuery()
  status.textContent = ''
  input.addEventListener('input', () => void run())
  await run()
}
