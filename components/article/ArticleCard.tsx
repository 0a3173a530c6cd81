import type { Article } from '@/lib/content/loader'

/** A link to an article with its description, for home and the index. */
export function ArticleCard({ article, headingLevel = 3 }: { article: Article; headingLevel?: 2 | 3 }) {
  const H = `h${headingLevel}` as const
  return (
    <li className="rounded border border-line bg-page p-4">
      <H className="text-lg font-bold leading-snug">
        <a href={article.href}>{article.frontmatter.title}</a>
      </H>
      <p className="mt-1 text-base text-muted">{article.frontmatter.description}</p>
    </li>
  )
}
