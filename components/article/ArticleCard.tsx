import type { Article } from '@/lib/content/loader'

/** A link to an article with its description, for home and the index. */
export function ArticleCard({ article }: { article: Article }) {
  return (
    <li className="rounded border border-line bg-page p-4">
      <h3 className="text-lg font-bold leading-snug">
        <a href={article.href}>{article.frontmatter.title}</a>
      </h3>
      <p className="mt-1 text-base text-muted">{article.frontmatter.description}</p>
    </li>
  )
}
