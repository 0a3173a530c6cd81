import type { List, Root, RootContent } from 'mdast'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { didYouMean } from '../suggest'
import { isJsx, jsxFlow, stringProp } from './jsx'
import { placeAll } from './place'
import { report } from './rules/define'
import * as rules from './rules/digest'
import type { Article } from './site'

type Position = RootContent['position']

/**
 * Key facts (Markdown with citations) as list items, every node placed at `at`, so a mistake in a
 * fact is reported at that place: the article's YAML line, or the digest that copied it.
 */
export function factsList(facts: string[], at: (i: number) => { line: number; column: number }): List {
  const parser = unified().use(remarkParse).use(remarkMdx)
  const items = facts.map((fact, i) => {
    const { line, column } = at(i)
    const position: Position = { start: { line, column }, end: { line, column: column + fact.length } }
    const parsed = parser.parse(fact) as Root
    parsed.children.forEach((c) => placeAll(c, position))
    return { type: 'listItem', spread: false, children: parsed.children, position } as List['children'][number]
  })
  return { type: 'list', ordered: false, spread: false, children: items }
}

/**
 * Replace `<KeyFactsDigest preselect="slug slug" />` with every published article's key facts, in
 * reading order, each in a `<DigestArticle>` the reader can leave out of the printout. The facts
 * keep their citations, so the digest page numbers and lists its sources like any page; the
 * articles named in `preselect` start ticked.
 */
export function transformDigest(tree: Root, articles: Article[], file: VFile): void {
  const published = articles.filter((a) => !a.frontmatter.draft)
  visit(tree, (node, index, parent) => {
    if (!isJsx(node, 'KeyFactsDigest') || !parent || index === undefined) return
    const el = node
    const picked = (stringProp(el, 'preselect') ?? '').split(/\s+/).filter(Boolean)
    const slugs = new Set(published.map((a) => a.slug))
    for (const slug of picked)
      if (!slugs.has(slug)) report(file, rules.unknownArticle, `<KeyFactsDigest> preselects "${slug}", which is not a published article.`, el as never, didYouMean(slug, slugs) ?? 'use article slugs (file names without .mdx), separated by spaces.')
    const start = el.position?.start ?? { line: 1, column: 1 }
    const sections = published.map((a) =>
      jsxFlow('DigestArticle', { slug: a.slug, title: a.frontmatter.title, href: a.href, lastReviewed: a.frontmatter.lastReviewed, checked: picked.includes(a.slug) }, [
        factsList(a.frontmatter.keyFacts, () => start) as never,
      ]),
    )
    parent.children.splice(index, 1, ...(sections as never[]))
    return [SKIP, index + sections.length]
  })
}
