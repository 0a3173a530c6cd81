import { SOURCE_LOCALE, type Locale } from '../i18n/locales'
import { getArticles, type Article } from './loader'

export interface Neighbours {
  previous?: Article
  next?: Article
  /** The editor's `related` choices, or else other articles in the same section (at most 3). */
  related: Article[]
}

/** Previous and next in reading order, and related articles, for the foot of an article. */
export function neighboursOf(slug: string, lang: Locale = SOURCE_LOCALE, root = process.cwd()): Neighbours {
  const articles = getArticles(lang, root)
  const i = articles.findIndex((a) => a.slug === slug)
  const self = articles[i]
  if (!self) return { related: [] }
  const chosen = self.frontmatter.related?.map((s) => articles.find((a) => a.slug === s)).filter((a): a is Article => Boolean(a))
  const related = chosen?.length ? chosen : articles.filter((a) => a.frontmatter.section === self.frontmatter.section && a.slug !== slug).slice(0, 3)
  return { previous: articles[i - 1], next: articles[i + 1], related }
}
