import { Feed } from 'feed'
import { site } from './config'
import type { Article } from './content/loader'
import { absoluteUrl } from './metadata'

/**
 * An Atom feed of article updates, newest first: each entry is an article, dated by its latest
 * change, summarised by what changed, so readers can follow corrections and new reviews.
 */
export function articleFeed(articles: Article[]): string {
  const dated = articles
    .map((a) => ({ a, date: a.frontmatter.history?.[0]?.date ?? a.frontmatter.lastReviewed }))
    .sort((x, y) => y.date.localeCompare(x.date) || x.a.slug.localeCompare(y.a.slug))
  const updated = dated[0]?.date ?? '2026-01-01'
  const feed = new Feed({
    title: `${site.name}: article updates`,
    description: site.description,
    id: absoluteUrl('/'),
    link: absoluteUrl('/'),
    language: 'en',
    updated: new Date(`${updated}T00:00:00Z`),
    copyright: `${site.name}`,
    feedLinks: { atom: absoluteUrl('/feed.xml') },
  })
  for (const { a, date } of dated) {
    const change = a.frontmatter.history?.[0]?.summary
    feed.addItem({
      title: a.frontmatter.title,
      id: absoluteUrl(a.href),
      link: absoluteUrl(a.href),
      date: new Date(`${date}T00:00:00Z`),
      description: change ? `${change} ${a.frontmatter.description}` : a.frontmatter.description,
    })
  }
  return feed.atom1()
}
