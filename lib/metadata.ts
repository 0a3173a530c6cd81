import type { Metadata } from 'next'
import { site } from './config'
import { LOCALE_INFO, LOCALES, messages, SOURCE_LOCALE, type Locale, type Versions } from './i18n'
import type { Entry } from './content/loader'
import type { ArticleFrontmatter, PageFrontmatter } from './content/schema'

export type { Versions } from './i18n'

/** Absolute URL on the public site for a path like /articles/x/. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${site.origin}/`).toString()
}

/** The site's link-preview image in a language: written at build time by app/og.png/route.tsx (and /es/og.png). */
const defaultImage = (lang: Locale) => ({ path: `${LOCALE_INFO[lang].prefix}/og.png`, alt: `${messages(lang).site.name}: ${messages(lang).site.tagline}` })

/**
 * hreflang alternates: every language version of the page (and x-default, the English original,
 * for readers whose language we do not have). The pairs are reciprocal because both sides are
 * built from the same pairing (lib/content/site.ts versionsIn, or the fixed routes).
 */
export function languageAlternates(versions: Versions): Record<string, string> | undefined {
  const present = LOCALES.filter((l) => versions[l])
  if (present.length < 2) return undefined
  const alternates: Record<string, string> = {}
  // Language only (en, es), not a region: the Spanish pages are for readers in every country.
  for (const l of present) alternates[l] = versions[l]!
  alternates['x-default'] = versions[SOURCE_LOCALE] ?? versions[present[0]!]!
  return alternates
}

/** A fixed route (home, search, …) exists in every language at the same path under its prefix. */
export function fixedVersions(path: string): Versions {
  return Object.fromEntries(LOCALES.map((l) => [l, `${LOCALE_INFO[l].prefix}${path}`]))
}

/** Metadata of a fixed route (home, search, …) in a language, with its versions in the others. */
export function fixedPageMetadata(path: string, lang: Locale, text: { title: string; description: string }): Metadata {
  return pageMetadata({ title: text.title, description: text.description, path: `${LOCALE_INFO[lang].prefix}${path}`, lang, versions: fixedVersions(path) })
}

interface PageMetaInput {
  title: string
  description: string
  path: string
  /** "article" for reviewed content pages, "website" for the rest. */
  type?: 'article' | 'website'
  /** The page's own link-preview image; the site's default image otherwise. */
  image?: { path: string; alt: string }
  modified?: string
  /** The language the page is in (English by default). */
  lang?: Locale
  /** The page in every language it exists in, for hreflang alternates. */
  versions?: Versions
}

/**
 * Title, description, canonical URL, Open Graph and Twitter card for one page. The title gets
 * " – Ketamine Explained" from the layout's template; previews repeat it in full.
 */
export function pageMetadata({ title, description, path, type = 'website', lang = SOURCE_LOCALE, image = defaultImage(lang), modified, versions = {} }: PageMetaInput): Metadata {
  const images = [{ url: image.path, width: 1200, height: 630, alt: image.alt, type: 'image/png' }]
  const name = messages(lang).site.name
  const languages = languageAlternates(versions)
  const others = LOCALES.filter((l) => l !== lang && versions[l]).map((l) => LOCALE_INFO[l].og)
  return {
    title,
    description,
    alternates: { canonical: path, ...(languages ? { languages } : {}) },
    openGraph: {
      type,
      url: path,
      title: `${title} – ${name}`,
      description,
      siteName: name,
      locale: LOCALE_INFO[lang].og,
      ...(others.length ? { alternateLocale: others } : {}),
      images,
      ...(type === 'article' && modified ? { modifiedTime: modified } : {}),
    },
    // X reads title, description and image from the Open Graph tags; only the card type is its own.
    twitter: { card: 'summary_large_image' },
  }
}

/** Metadata for an article (with its own preview image) or a standalone page (the site's). */
export function entryMetadata(entry: Entry<ArticleFrontmatter | PageFrontmatter>, withImage: boolean, versions: Versions = {}): Metadata {
  const { title, description, lastReviewed } = entry.frontmatter
  return pageMetadata({
    title,
    description,
    path: entry.href,
    type: 'article',
    lang: entry.lang,
    versions,
    modified: lastReviewed,
    ...(withImage ? { image: { path: `${entry.href}og.png`, alt: `${title} – ${messages(entry.lang).site.name}` } } : {}),
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
    inLanguage: entry.lang,
    lastReviewed: fm.lastReviewed,
    dateModified: fm.history?.[0]?.date ?? fm.lastReviewed,
    reviewedBy: { '@type': 'Organization', name: fm.reviewer },
    audience: { '@type': 'PeopleAudience', audienceType: 'Patients and caregivers' },
    about: { '@type': 'MedicalCondition', name: 'Depression' },
    publisher: { '@type': 'Organization', name: messages(entry.lang).site.name, url: absoluteUrl(`${LOCALE_INFO[entry.lang].prefix}/`) },
  }
}

/** JSON for a `<script type="application/ld+json">`, safe to place inside HTML. */
export function jsonLdString(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
