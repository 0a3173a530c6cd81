import { HeaderSearch } from '@/components/search/HeaderSearch'
import { site } from '@/lib/config'

const NAV = [
  { href: '/articles/', label: 'Articles' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/references/', label: 'References' },
  { href: '/about/', label: 'About' },
]

/** Site name and main navigation. Plain links: a static site needs no client router here. */
export function SiteHeader() {
  return (
    <header className="bg-brand text-brand-ink">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <a href="/" className="text-xl font-bold text-brand-ink no-underline hover:underline">
          {site.name}
        </a>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href} className="inline-block py-1 text-brand-ink">
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <HeaderSearch />
      </div>
    </header>
  )
}
