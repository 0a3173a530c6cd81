import type { MetadataRoute } from 'next'
import { getArticles, getPages, versionHrefs } from '@/lib/content/loader'
import { LOCALES } from '@/lib/i18n'
import { absoluteUrl, fixedVersions, languageAlternates, type Versions } from '@/lib/metadata'

export const dynamic = 'force-static'

/** Absolute hreflang alternates for a sitemap entry (the same pairs as the page's own <link>s). */
function alternates(versions: Versions) {
  const languages = languageAlternates(versions)
  return languages ? { alternates: { languages: Object.fromEntries(Object.entries(languages).map(([l, p]) => [l, absoluteUrl(p)])) } } : {}
}

/** Every public page in every language, each with its other-language versions; reviewed pages carry their review date. */
export default function sitemap(): MetadataRoute.Sitemap {
  const fixed = ['/', '/articles/', '/references/', '/corrections/', '/search/'].flatMap((path) => {
    const versions = fixedVersions(path)
    return LOCALES.map((l) => ({ url: absoluteUrl(versions[l]!), ...alternates(versions) }))
  })
  const entries = LOCALES.flatMap((l) => [...getArticles(l), ...getPages(l)]).map((e) => {
    return { url: absoluteUrl(e.href), lastModified: e.frontmatter.lastReviewed, ...alternates(versionHrefs(e)) }
  })
  return [...fixed, ...entries]
}
