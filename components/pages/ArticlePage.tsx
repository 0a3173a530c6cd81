import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleView } from '@/components/article/ArticleView'
import { ogImage } from '@/components/og/OgCard'
import { JsonLd } from '@/components/article/JsonLd'
import { compiledArticle } from '@/components/article/compiled'
import { getArticle, getArticles, versionHrefs } from '@/lib/content/loader'
import { neighboursOf } from '@/lib/content/related'
import { sectionById } from '@/lib/content/sections'
import { localePath, type Locale } from '@/lib/i18n'
import { entryMetadata, medicalWebPageJsonLd } from '@/lib/metadata'

/** The slugs of a language's published articles: the only article routes there are. */
export const articleParams = (lang: Locale) => getArticles(lang).map((a) => ({ slug: a.slug }))

export function articleMetadata(slug: string, lang: Locale): Metadata {
  const article = getArticle(slug, lang)
  return article ? entryMetadata(article, true, versionHrefs(article)) : {}
}

/** One article in its language, with its section, neighbours and the link to its other versions. */
export async function ArticlePage({ slug, lang }: { slug: string; lang: Locale }) {
  const article = getArticle(slug, lang)
  if (!article) notFound()
  const { default: Content, headings, references } = await compiledArticle(article.slug, lang)
  const section = sectionById(article.frontmatter.section, lang)
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
        eyebrow={{ href: `${localePath(lang, '/articles/')}#${section.id}`, label: section.title }}
        neighbours={neighboursOf(article.slug, lang)}
        lang={lang}
        versions={versionHrefs(article)}
      />
    </>
  )
}

/** An article's link-preview image: its title and section, in its language. */
export async function articleOgImage(slug: string, lang: Locale) {
  const article = getArticle(slug, lang)
  if (!article) return new Response('Not found', { status: 404 })
  return ogImage({ title: article.frontmatter.title, eyebrow: sectionById(article.frontmatter.section, lang).title, lang })
}
