import { ogImage } from '@/components/og/OgCard'
import { getArticle, getArticles } from '@/lib/content/loader'
import { sectionById } from '@/lib/content/sections'

// Written once at build time to out/articles/<slug>/og.png.
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return getArticles().map((a) => ({ slug: a.slug }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug)
  if (!article) return new Response('Not found', { status: 404 })
  return ogImage({ title: article.frontmatter.title, eyebrow: sectionById(article.frontmatter.section).title })
}
