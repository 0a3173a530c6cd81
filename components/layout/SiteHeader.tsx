import { HeaderSearch } from '@/components/search/HeaderSearch'
import { localePath, messages, type Locale } from '@/lib/i18n'
import { PAGE_IDS } from '@/lib/page-ids'

const NAV = [
  ['articles', '/articles/'],
  ['glossary', '/glossary/'],
  ['references', '/references/'],
  ['about', '/about/'],
] as const

/**
 * Site name, main navigation and search in one row. On a phone the navigation is a popover
 * opened by the "Menu" button (HTML only: popovertarget needs no script); on wider screens CSS
 * shows it inline. Plain links: a static site needs no client router.
 */
export function SiteHeader({ lang }: { lang: Locale }) {
  const { chrome: t, site } = messages(lang)
  return (
    <header className="site-header">
      <div>
        <a href={localePath(lang, '/')} className="site-name">
          {site.name}
        </a>
        <button type="button" popoverTarget={PAGE_IDS.siteMenu} className="menu-button">
          {t.menu}
        </button>
        <nav id={PAGE_IDS.siteMenu} popover="auto" aria-label={t.mainNav}>
          <ul>
            {NAV.map(([key, path]) => (
              <li key={key}>
                <a href={localePath(lang, path)}>{t.nav[key]}</a>
              </li>
            ))}
          </ul>
        </nav>
        <HeaderSearch lang={lang} />
      </div>
    </header>
  )
}
