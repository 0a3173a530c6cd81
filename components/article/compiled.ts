import type { ComponentType } from 'react'
import { citedReferences, type CitedReference } from '@/lib/citations/format'
import type { CitedSource } from '@/lib/citations/remark-citations'
import { getSite } from '@/lib/content/site'
import type { TocEntry } from '@/lib/toc'

/** What lib/content/processor.ts makes every compiled content file export. */
interface CompiledModule {
  default: ComponentType
  headings: TocEntry[]
  references: CitedSource[]
}

/** A compiled content file with its reference list formatted from the registry. */
export interface CompiledContent extends Omit<CompiledModule, 'references'> {
  references: CitedReference[]
}

async function withReferences(module: Promise<CompiledModule>): Promise<CompiledContent> {
  const { default: Content, headings, references } = await module
  return { default: Content, headings, references: citedReferences(references, getSite().registry) }
}

/**
 * The compiled MDX module of an article or page: its body, its contents list and its reference
 * list. One place for the bundler's dynamic imports.
 */
export function compiledArticle(slug: string): Promise<CompiledContent> {
  return withReferences(import(`@/content/articles/${slug}.mdx`))
}

export function compiledPage(slug: string): Promise<CompiledContent> {
  return withReferences(import(`@/content/pages/${slug}.mdx`))
}
