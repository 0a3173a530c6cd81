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
    <header className="site-header">
      <div>
        <a href="/" className="site-name">
          {site.name}
        </a>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href}>
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
