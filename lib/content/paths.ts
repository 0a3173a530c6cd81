import path from 'node:path'
import { LOCALES, localePath, SOURCE_LOCALE, type Locale } from '../i18n/locales'

/** Where each kind of content lives, relative to the project root (English; see contentDir). */
export const CONTENT_DIRS = {
  articles: 'content/articles',
  pages: 'content/pages',
  references: 'content/references',
} as const

export type Collection = 'articles' | 'pages'
export const COLLECTIONS: Collection[] = ['articles', 'pages']

/** The folder of a collection in a language: content/articles, content/es/articles. */
export function contentDir(collection: Collection, lang: Locale = SOURCE_LOCALE): string {
  return lang === SOURCE_LOCALE ? CONTENT_DIRS[collection] : `content/${lang}/${collection}`
}

/** The URL of a published article or page (trailing slash: the static export writes index.html). */
export function hrefFor(collection: Collection, slug: string, lang: Locale = SOURCE_LOCALE): string {
  return localePath(lang, collection === 'articles' ? `/articles/${slug}/` : `/${slug}/`)
}

/** Which collection and language a file belongs to, judged by its folder; null for anything else. */
export function collectionOf(root: string, absFile: string): { collection: Collection; lang: Locale } | null {
  const rel = path.relative(root, absFile).split(path.sep).join('/')
  for (const lang of LOCALES) for (const collection of COLLECTIONS) if (rel.startsWith(`${contentDir(collection, lang)}/`)) return { collection, lang }
  return null
}

/** The slug is the file name without its extension. */
export function slugOf(file: string): string {
  return path.basename(file).replace(/\.mdx?$/, '')
}

/** Today's date (YYYY-MM-DD) for review-date rules; CONTENT_TODAY pins it for tests. */
export function today(): string {
  return process.env.CONTENT_TODAY ?? new Date().toISOString().slice(0, 10)
}
