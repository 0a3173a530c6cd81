import type { MDXComponents } from 'mdx/types'
import { mdxComponents } from '@/components/mdx/by-language'

/** Required by @next/mdx in the App Router: English unless the page passes its own (ArticleView does). */
export function useMDXComponents(inherited: MDXComponents): MDXComponents {
  return { ...inherited, ...mdxComponents('en') }
}
