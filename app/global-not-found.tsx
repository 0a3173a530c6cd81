import type { Viewport } from 'next'
import { SiteShell, shellMetadata } from '@/components/layout/SiteShell'
import { NotFoundPage, notFoundMetadata } from '@/components/pages/NotFoundPage'
import './globals.css'

// Any address that matches no route: the English 404 (out/404.html). Spanish has its own, out/es/404.html.
export const metadata = { ...shellMetadata('en'), ...notFoundMetadata('en') }
export const viewport: Viewport = { width: 'device-width', initialScale: 1, colorScheme: 'light dark' }

export default function GlobalNotFound() {
  return (
    <SiteShell lang="en">
      <NotFoundPage lang="en" />
    </SiteShell>
  )
}
