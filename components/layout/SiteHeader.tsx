import { HeaderSearch } from '@/components/search/HeaderSearch'
import { site } from '@/lib/config'
import { PAGE_IDS } from '@/lib/page-ids'

const NAV = [
  { href: '/articles/', label: 'Articles' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/references/', label: 'References' },
  { href: '/about/', label: 'About' },
]

/**
 * Site name, main navigation and search in one row. On a phone the navigation is a popover
 * opened by the "Menu" button (HTML only: popovertarget needs no script); on wider screens CSS
 * shows it inline. Plain links: a static site needs no client router.
 */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div>
        <a href="/" className="site-name">
          {site.name}
        </a>
        <button type="button" popoverTarget={PAGE_IDS.siteMenu} className="menu-button">
          Menu
        </button>
        <nav id={PAGE_IDS.siteMenu} popover="auto" aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href}>{item.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <HeaderSearch />
      </div>
    </header>
  )
}
