/**
 * The components MDX content may use, bound to a page's language: each compiled page is rendered
 * with `components={mdxComponents(lang)}` (components/article/ArticleView.tsx).
 */
import type { ComponentProps, ReactNode } from 'react'
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
import { LOCALES, type Locale } from '@/lib/i18n'

/** Components whose words depend on the page's language: they take `lang`, given here. */
const WORDED = { Callout, CareCard, Cite, DigestArticle, GlossaryTerm, IconArrayFigure, KeyFacts, NextSteps, NotesSpace, h2: H2, h3: H3, table: Table }

/** Components available to every MDX file, and overrides for plain Markdown elements, in a language. */
function componentsIn(lang: Locale): MDXComponents {
  const bound = Object.fromEntries(
    Object.entries(WORDED).map(([name, C]) => {
      const Component = C as (props: Record<string, unknown> & { lang: Locale }) => ReactNode
      const WithLang = (props: ComponentProps<'div'>) => <Component {...(props as Record<string, unknown>)} lang={lang} />
      WithLang.displayName = `${name}(${lang})`
      return [name, WithLang]
    }),
  )
  return { Checklist, Options, OptionsGlance, Timeline, RepositoryLink, ...bound } as MDXComponents
}

const BY_LANG = Object.fromEntries(LOCALES.map((l) => [l, componentsIn(l)])) as Record<Locale, MDXComponents>

/** The components for a page in this language: handed to a compiled page as its `components` prop. */
export function mdxComponents(lang: Locale): MDXComponents {
  return BY_LANG[lang]
}

