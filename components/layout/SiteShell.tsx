import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { site } from '@/lib/config'
import { LOCALE_INFO, messages, type Locale } from '@/lib/i18n'
import { PAGE_IDS } from '@/lib/page-ids'
import { Announcer } from './Announcer'
import { CrisisStrip } from './CrisisStrip'
import { EnhanceScript } from './EnhanceScript'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'
import { SkipLink } from './SkipLink'

/** What every page of a language shares in its <head>: the site's name as the title's suffix, and the feed. */
export function shellMetadata(lang: Locale): Metadata {
  const { name, description } = messages(lang).site
  return {
    metadataBase: new URL(site.origin),
    title: { default: name, template: `%s – ${name}` },
    description,
    // The feed of article updates is in English (lib/feed.ts); only English pages announce it.
    ...(lang === 'en' ? { alternates: { types: { 'application/atom+xml': [{ url: '/feed.xml', title: `${name}: article updates` }] } } } : {}),
  }
}

/**
 * The document every page of a language is rendered in: <html lang>, crisis help first, the
 * header, the page, the footer. Each language's root layout (app/(en), app/(es)) renders it.
 */
export function SiteShell({ lang, children }: { lang: Locale; children: ReactNode }) {
  return (
    <html lang={LOCALE_INFO[lang].tag.split('-')[0]}>
      <body>
        <SkipLink lang={lang} />
        <CrisisStrip lang={lang} />
        <SiteHeader lang={lang} />
        <main id={PAGE_IDS.mainContent} tabIndex={-1} className="mx-auto max-w-6xl px-4 py-4 focus:outline-none sm:py-8">
          {children}
        </main>
        <SiteFooter lang={lang} />
        <Announcer lang={lang} />
        <EnhanceScript />
      </body>
    </html>
  )
}
