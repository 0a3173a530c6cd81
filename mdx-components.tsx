import type { MDXComponents } from 'mdx/types'
import { CareCard } from '@/components/callouts/CareCard'
import { Callout } from '@/components/callouts/Callout'
import { Checklist } from '@/components/callouts/Checklist'
import { Cite } from '@/components/mdx/Cite'
import { KeyFacts } from '@/components/mdx/KeyFacts'
import { Table } from '@/components/mdx/Table'

/** Components available to every MDX file, and overrides for plain Markdown elements. */
const components: MDXComponents = {
  Callout,
  CareCard,
  Checklist,
  Cite,
  KeyFacts,
  table: Table,
}

/** Required by @next/mdx in the App Router. */
export function useMDXComponents(inherited: MDXComponents): MDXComponents {
  return { ...inherited, ...components }
}
