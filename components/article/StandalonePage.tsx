import { notFound } from 'next/navigation'
import { getPage } from '@/lib/content/loader'
import { entryMetadata, medicalWebPageJsonLd } from '@/lib/metadata'
import { JsonLd } from './JsonLd'
import { compiledPage } from './compiled'
import { ArticleView } from './ArticleView'

/** A page from content/pages/ (crisis help, about), rendered like an article without a section. */
export async function StandalonePage({ slug }: { slug: string }) {
  const page = getPage(slug)
  if (!page) notFound()
  const { default: Content, headings, references } = await compiledPage(slug)
  return (
    <>
      <JsonLd data={medicalWebPageJsonLd(page)} />
      <ArticleView frontmatter={page.frontmatter} path={page.href} Content={Content} headings={headings} references={references} />
    </>
  )
}

/** Title, description and canonical address of a standalone page, for generateMetadata. */
export function standaloneMetadata(slug: string) {
  const page = getPage(slug)
  return page ? entryMetadata(page, false) : {}
}
