import type { MDXComponents } from 'mdx/types'
import { CareCard } from '@/components/callouts/CareCard'
import { Callout } from '@/components/callouts/Callout'
import { Checklist } from '@/components/callouts/Checklist'
import { NextSteps } from '@/components/article/NextSteps'
import { Options, OptionsGlance } from '@/components/callouts/Options'
import { Timeline } from '@/components/callouts/Timeline'
import { Cite } from '@/components/mdx/Cite'
import { GlossaryTerm } from '@/components/mdx/Glossary'
import { H2, H3 } from '@/components/mdx/Heading'
import { KeyFacts } from '@/components/mdx/KeyFacts'
import { RepositoryLink } from '@/components/mdx/RepositoryLink'
import { Table } from '@/components/mdx/Table'
import { IconArrayFigure } from '@/components/figures/IconArrayFigure'
import { DigestArticle } from '@/components/summary/DigestArticle'
import { NotesSpace } from '@/components/summary/NotesSpace'

/** Components available to every MDX file, and overrides for plain Markdown elements. */
const components: MDXComponents = {
  Callout,
  CareCard,
  Checklist,
  Cite,
  DigestArticle,
  GlossaryTerm,
  IconArrayFigure,
  KeyFacts,
  NextSteps,
  NotesSpace,
  Options,
  OptionsGlance,
  Timeline,
  RepositoryLink,
  h2: H2,
  h3: H3,
  table: Table,
}

/** Required by @next/mdx in the App Router. */
export function useMDXComponents(inherited: MDXComponents): MDXComponents {
  return { ...inherited, ...components }
}
