import path from 'node:path'
import { evaluate } from '@mdx-js/mdx'
import * as runtime from 'react/jsx-runtime'
import { renderToStaticMarkup } from 'react-dom/server'
import { VFile } from 'vfile'
import { COMPONENTS, type ComponentExample } from '@/lib/content/components'
import remarkContent, { ContentErrors } from '@/lib/content/processor'
import { useMDXComponents } from '@/mdx-components'

const root = path.resolve('.')

/** A page around one example, so it goes through the real plugin with the real registry. */
const page = (mdx: string) => `---
title: Component example
description: One example from lib/content/components.ts, rendered the way a page renders it.
lastReviewed: 2026-11-30
nextReviewDue: 2027-11-30
reviewer: Site editorial team
---

${mdx}
`

/** Every documented example, as [component, example]. */
export const EXAMPLES: [string, ComponentExample][] = Object.entries(COMPONENTS).flatMap(([name, c]) => c.examples.map((e) => [name, e] as [string, ComponentExample]))

/**
 * Compile one example with the content plugin and render it to HTML with the site's components,
 * returning the HTML and the messages (an example that breaks a rule has errors here).
 */
export async function renderExample(mdx: string): Promise<{ html: string; messages: VFile['messages'] }> {
  const file = new VFile({ path: path.join(root, 'content/pages/component-example.mdx'), value: page(mdx) })
  try {
    const { default: Content } = await evaluate(file, { ...runtime, remarkPlugins: [[remarkContent, { root }]], useMDXComponents } as never)
    return { html: renderToStaticMarkup(<Content />), messages: file.messages }
  } catch (error) {
    if (error instanceof ContentErrors) return { html: '', messages: error.file.messages }
    throw error
  }
}
