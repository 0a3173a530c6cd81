import type { Metadata } from 'next'
import { site } from './config'
import type { Entry } from './content/loader'
import type { ArticleFrontmatter, PageFrontmatter } from './content/schema'

/** Absolute URL on the public site for a path like /articles/x/. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${site.origin}/`).toString()
}

/** Written at build time by app/og.png/route.tsx. */
const DEFAULT_IMAGE = { path: '/og.png', alt: `${site.name}: ketamine and esketamine for depression, explained plainly` }

interface PageMetaInput {
  title: string
  description: string
  path: string
  /** "article" for reviewed content pages, "website" for the rest. */
  type?: 'article' | 'website'
  /** The page's own link-preview image; the site's default image otherwise. */
  image?: { path: string; alt: string }
  modified?: string
}

/**
 * Title, description, canonical URL, Open Graph and Twitter card for one page. The title gets
 * " – Ketamine Explained" from the layout's template; previews repeat it in full.
 */
export function pageMetadata({ title, description, path, type = 'website', image = DEFAULT_IMAGE, modified }: PageMetaInput): Metadata {
  const images = [{ url: image.path, width: 1200, height: 630, alt: image.alt, type: 'image/png' }]
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type,
      url: path,
      title: `${title} – ${site.name}`,
      description,
      siteName: site.name,
      locale: 'en_US',
      images,
      ...(type === 'article' && modified ? { modifiedTime: modified } : {}),
    },
    // X reads title, description and image from the Open Graph tags; only the card type is its own.
    twitter: { card: 'summary_large_image' },
  }
}

/** Metadata for an article (with its own preview image) or a standalone page (the site's). */
export function entryMetadata(entry: Entry<ArticleFrontmatter | PageFrontmatter>, withImage: boolean): Metadata {
  const { title, description, lastReviewed } = entry.frontmatter
  return pageMetadata({
    title,
    description,
    path: entry.href,
    type: 'article',
    modified: lastReviewed,
    ...(withImage ? { image: { path: `${entry.href}og.png`, alt: `${title} – ${site.name}` } } : {}),
  })
}

/**
 * schema.org MedicalWebPage for search engines and assistive tools: what the page is about, and
 * when it was last reviewed and by whom (a role, as on the page). Its sources are not repeated
 * here: they are in the page's own reference list, and the bytes count against the HTML budget.
 */
export function medicalWebPageJsonLd(entry: Entry<ArticleFrontmatter | PageFrontmatter>) {
  const fm = entry.frontmatter
  const url = absoluteUrl(entry.href)
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    name: fm.title,
    description: fm.description,
    inLanguage: 'en',
    lastReviewed: fm.lastReviewed,
    dateModified: fm.history?.[0]?.date ?? fm.lastReviewed,
    reviewedBy: { '@type': 'Organization', name: fm.reviewer },
    audience: { '@type': 'PeopleAudience', audienceType: 'Patients and caregivers' },
    about: { '@type': 'MedicalCondition', name: 'Depression' },
    publisher: { '@type': 'Organization', name: site.name, url: absoluteUrl('/') },
  }
}

/** JSON for a `<script type="application/ld+json">`, safe to place inside HTML. */
export function jsonLdString(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
