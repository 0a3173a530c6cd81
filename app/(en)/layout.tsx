import type { Viewport } from 'next'
import type { ReactNode } from 'react'
import { SiteShell, shellMetadata } from '@/components/layout/SiteShell'
import '../globals.css'

export const metadata = shellMetadata('en')
export const viewport: Viewport = { width: 'device-width', initialScale: 1, colorScheme: 'light dark' }

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <SiteShell lang="en">{children}</SiteShell>
}
