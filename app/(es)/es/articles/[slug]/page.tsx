import { ArticlePage, articleMetadata, articleParams } from '@/components/pages/ArticlePage'

type Props = { params: Promise<{ slug: string }> }

// Only the slugs below exist; anything else is the 404 page.
export const dynamicParams = false

export const generateStaticParams = () => articleParams('es')

export async function generateMetadata({ params }: Props) {
  return articleMetadata((await params).slug, 'es')
}

export default async function Page({ params }: Props) {
  // Called, not rendered as an element: the page is the article, as tests render it.
  return ArticlePage({ slug: (await params).slug, lang: 'es' })
}
