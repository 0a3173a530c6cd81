import type { Article } from '@/lib/content/loader'
import type { Section } from '@/lib/content/sections'
import { ArticleCard } from './ArticleCard'

interface Props {
  section: Section
  articles: Article[]
  /** Id of the section heading; pages that list sections twice need distinct ids. */
  headingId?: string
}

/** One section of the site: its title, what it covers, and its articles in reading order. */
export function SectionArticles({ section, articles, headingId = section.id }: Props) {
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="text-2xl font-bold">{section.title}</h2>
      <p className="mt-1 text-muted">{section.summary}</p>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {articles.map((a) => (
          <ArticleCard key={a.slug} article={a} />
        ))}
      </ul>
    </section>
  )
}
