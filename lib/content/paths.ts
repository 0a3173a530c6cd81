import path from 'node:path'

/** Where each kind of content lives, relative to the project root. */
export const CONTENT_DIRS = {
  articles: 'content/articles',
  pages: 'content/pages',
  references: 'content/references',
} as const

export type Collection = 'articles' | 'pages'

/** The URL of a published article or page (trailing slash: the static export writes index.html). */
export function hrefFor(collection: Collection, slug: string): string {
  return collection === 'articles' ? `/articles/${slug}/` : `/${slug}/`
}

/** Which collection a file belongs to, judged by its folder; null for anything else. */
export function collectionOf(root: string, absFile: string): Collection | null {
  const rel = path.relative(root, absFile).split(path.sep).join('/')
  if (rel.startsWith(`${CONTENT_DIRS.articles}/`)) return 'articles'
  if (rel.startsWith(`${CONTENT_DIRS.pages}/`)) return 'pages'
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
