import { notFound } from 'next/navigation'
import { getPage, versionHrefs } from '@/lib/content/loader'
import type { Locale } from '@/lib/i18n'
import { entryMetadata, medicalWebPageJsonLd } from '@/lib/metadata'
import { JsonLd } from './JsonLd'
import { compiledPage } from './compiled'
import { ArticleView } from './ArticleView'

/** A page from content/pages/ (crisis help, about) or its translation, rendered like an article without a section. */
export async function StandalonePage({ slug, lang }: { slug: string; lang: Locale }) {
  const page = getPage(slug, lang)
  if (!page) notFound()
  const { default: Content, headings, references } = await compiledPage(slug, lang)
  return (
    <>
      <JsonLd data={medicalWebPageJsonLd(page)} />
      <ArticleView frontmatter={page.frontmatter} path={page.href} Content={Content} headings={headings} references={references} lang={lang} versions={versionHrefs(page)} />
    </>
  )
}

/** Title, description, canonical address and language alternates of a standalone page. */
export function standaloneMetadata(slug: string, lang: Locale) {
  const page = getPage(slug, lang)
  return page ? entryMetadata(page, false, versionHrefs(page)) : {}
}
