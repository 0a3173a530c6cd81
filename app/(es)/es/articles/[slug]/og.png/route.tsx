import { articleOgImage, articleParams } from '@/components/pages/ArticlePage'

// Written once at build time to out/…/articles/<slug>/og.png.
export const dynamic = 'force-static'
export const dynamicParams = false

export const generateStaticParams = () => articleParams('es')

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return articleOgImage((await params).slug, 'es')
}
