import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleView } from '@/components/article/ArticleView'
import { JsonLd } from '@/components/article/JsonLd'
import { compiledArticle } from '@/components/article/compiled'
import { getArticle, getArticles } from '@/lib/content/loader'
import { neighboursOf } from '@/lib/content/related'
import { sectionById } from '@/lib/content/sections'
import { entryMetadata, medicalWebPageJsonLd } from '@/lib/metadata'

type Props = { params: Promise<{ slug: string }> }

// Only the slugs below exist; anything else is the 404 page.
export const dynamicParams = false

export function generateStaticParams() {
  return getArticles().map((a) => ({ slug: a.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug)
  return article ? entryMetadata(article, true) : {}
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug)
  if (!article) notFound()
  const { default: Content, headings, references } = await compiledArticle(article.slug)
  const section = sectionById(article.frontmatter.section)
  return (
    <>
      <JsonLd data={medicalWebPageJsonLd(article)} />
      <ArticleView
        frontmatter={article.frontmatter}
        path={article.href}
        slug={article.slug}
        Content={Content}
        headings={headings}
        references={references}
        eyebrow={{ href: `/articles/#${section.id}`, label: section.title }}
        neighbours={neighboursOf(article.slug)}
      />
    </>
  )
}
