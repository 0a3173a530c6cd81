import type { ComponentType } from 'react'
import type { CitedReference } from '@/lib/citations/remark-citations'
import type { TocEntry } from '@/lib/toc'

/** What lib/mdx/remark-content.ts makes every compiled content file export. */
export interface CompiledContent {
  default: ComponentType
  headings: TocEntry[]
  references: CitedReference[]
}

/**
 * The compiled MDX module of an article or page: its body, its contents list and its reference
 * list. One place for the bundler's dynamic imports.
 */
export function compiledArticle(slug: string): Promise<CompiledContent> {
  return import(`@/content/articles/${slug}.mdx`)
}

export function compiledPage(slug: string): Promise<CompiledContent> {
  return import(`@/content/pages/${slug}.mdx`)
}
