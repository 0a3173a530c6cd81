import type { ComponentType } from 'react'
import type { MDXComponents } from 'mdx/types'
import { citedReferences, type CitedReference } from '@/lib/citations/format'
import type { CitedSource } from '@/lib/citations/remark-citations'
import { getSite } from '@/lib/content/site'
import type { Locale } from '@/lib/i18n'
import type { TocEntry } from '@/lib/toc'

/** What lib/content/processor.ts makes every compiled content file export. */
interface CompiledModule {
  default: ComponentType<{ components?: MDXComponents }>
  headings: TocEntry[]
  references: CitedSource[]
}

/** A compiled content file with its reference list formatted from the registry. */
export interface CompiledContent extends Omit<CompiledModule, 'references'> {
  references: CitedReference[]
}

async function withReferences(module: Promise<CompiledModule>, lang: Locale): Promise<CompiledContent> {
  const { default: Content, headings, references } = await module
  return { default: Content, headings, references: citedReferences(references, getSite().registry, lang) }
}

/**
 * The compiled MDX modules of each language's articles and pages. One place for the bundler's
 * dynamic imports: each template names one folder, so each language's files are their own set.
 */
const MODULES: Record<Locale, Record<'articles' | 'pages', (slug: string) => Promise<CompiledModule>>> = {
  en: { articles: (slug) => import(`@/content/articles/${slug}.mdx`), pages: (slug) => import(`@/content/pages/${slug}.mdx`) },
  es: { articles: (slug) => import(`@/content/es/articles/${slug}.mdx`), pages: (slug) => import(`@/content/es/pages/${slug}.mdx`) },
}

/** The compiled MDX module of an article: its body, its contents list and its reference list. */
export function compiledArticle(slug: string, lang: Locale = 'en'): Promise<CompiledContent> {
  return withReferences(MODULES[lang].articles(slug), lang)
}

export function compiledPage(slug: string, lang: Locale = 'en'): Promise<CompiledContent> {
  return withReferences(MODULES[lang].pages(slug), lang)
}
