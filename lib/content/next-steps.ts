import path from 'node:path'
import type { Root, RootContent } from 'mdast'
import type { Locale } from '../i18n/locales'
import { contentDir } from './paths'
import { isJsx, jsxFlow } from './jsx'
import { parseContent } from './parse'
import { placeAll } from './place'
import type { Listing } from '../citations/remark-citations'
import { hrefFor } from './paths'
import type { Site } from './site'

/** The page whose body closes every article (content/pages/next-steps.mdx), and its section id there. */
export const NEXT_STEPS = { slug: 'next-steps', id: 'next-steps' } as const

type Position = RootContent['position']

/** Where the closing part's sources are listed: its own page, so each article does not repeat them. */
export function nextStepsListing(site: Site, lang: Locale): Listing {
  const page = site.sources.get(`${contentDir('pages', lang)}/${NEXT_STEPS.slug}.mdx`)
  return { href: hrefFor('pages', NEXT_STEPS.slug, lang), title: String(page?.data?.title ?? NEXT_STEPS.slug) }
}

/** The closing part in an article's tree, once nextStepsNodes has placed it. */
export const isNextSteps = (node: RootContent) => isJsx(node, 'NextSteps')

/**
 * The closing part of every article: the next-steps page's title as an h2 and its body one level
 * down, placed at the article's last line, so a finding in it points at the end of the article
 * (the page itself is checked on its own, with its own lines). One text, shown everywhere.
 */
export function nextStepsNodes(site: Site, at: Position, lang: Locale): RootContent[] {
  const rel = `${contentDir('pages', lang)}/${NEXT_STEPS.slug}.mdx`
  const page = site.sources.get(rel)
  if (!page?.data) return []
  const tree = parseContent(page.source, path.join(site.root, rel)) as Root
  const body = tree.children.filter((n) => n.type !== 'yaml')
  for (const node of body) {
    placeAll(node, at)
    if (node.type === 'heading') node.depth = Math.min(node.depth + 1, 6) as typeof node.depth
  }
  const title: RootContent = { type: 'heading', depth: 2, position: at, children: [{ type: 'text', value: `${page.data.title} [#${NEXT_STEPS.id}]`, position: at }] }
  return [jsxFlow('NextSteps', { title: String(page.data.title) }, [title, ...body] as never) as unknown as RootContent]
}
