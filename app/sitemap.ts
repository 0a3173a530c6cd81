import type { MetadataRoute } from 'next'
import { getArticles, getPages } from '@/lib/content/loader'
import { absoluteUrl } from '@/lib/metadata'

export const dynamic = 'force-static'

/** Every public page; reviewed pages carry the date of their last review. */
export default function sitemap(): MetadataRoute.Sitemap {
  const fixed = ['/', '/articles/', '/references/', '/corrections/', '/search/'].map((path) => ({ url: absoluteUrl(path) }))
  const entries = [...getArticles(), ...getPages()].map((e) => ({ url: absoluteUrl(e.href), lastModified: e.frontmatter.lastReviewed }))
  return [...fixed, ...entries]
}
