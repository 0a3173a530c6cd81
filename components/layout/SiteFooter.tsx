import { localePath, messages, type Locale } from '@/lib/i18n'

/** The medical disclaimer and the pages that say who we are and how we work. */
export function SiteFooter({ lang }: { lang: Locale }) {
  const { chrome: t, site } = messages(lang)
  const at = (path: string) => localePath(lang, path)
  return (
    <footer className="site-footer">
      <div>
        <p>
          <strong>{t.footerDisclaimerStrong}</strong> {t.footerDisclaimer} <a href={at('/help/')}>{t.getHelpInline}</a>.
        </p>
        <nav aria-label={t.footerNavLabel}>
          <ul>
            <li><a href={at('/about/')}>{t.footerAbout(site.name)}</a></li>
            <li><a href={at('/about/#editorial-policy')}>{t.footerEditorial}</a></li>
            <li><a href={at('/about/#privacy')}>{t.footerPrivacy}</a></li>
            <li><a href={at('/corrections/')}>{t.footerCorrections}</a></li>
          </ul>
        </nav>
        <p className="text-muted">
          {t.footerWho.before}<a href={at('/about/#who-we-are')}>{t.footerWho.link}</a>{t.footerWho.after}
        </p>
      </div>
    </footer>
  )
}
