import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { Announcer } from '@/components/layout/Announcer'
import { CrisisStrip } from '@/components/layout/CrisisStrip'
import { EnhanceScript } from '@/components/layout/EnhanceScript'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { SkipLink } from '@/components/layout/SkipLink'
import { site } from '@/lib/config'
import './globals.css'
import { PAGE_IDS } from '@/lib/page-ids'

export const metadata: Metadata = {
  metadataBase: new URL(site.origin),
  title: { default: site.name, template: `%s – ${site.name}` },
  description: site.description,
  alternates: { types: { 'application/atom+xml': [{ url: '/feed.xml', title: `${site.name}: article updates` }] } },
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, colorScheme: 'light dark' }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SkipLink />
        <CrisisStrip />
        <SiteHeader />
        <main id={PAGE_IDS.mainContent} tabIndex={-1} className="mx-auto max-w-6xl px-4 py-4 focus:outline-none sm:py-8">
          {children}
        </main>
        <SiteFooter />
        <Announcer />
        <EnhanceScript />
      </body>
    </html>
  )
}
