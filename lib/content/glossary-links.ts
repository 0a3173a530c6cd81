import type { Link, Root } from 'mdast'
import { SKIP, visit } from 'unist-util-visit'
import { jsxText } from './jsx'
import type { Locale } from '../i18n/locales'
import { glossaryLinkId, type GlossaryEntry } from './glossary'

/**
 * Turn links to `/glossary/#term` into `<GlossaryTerm>` elements, whose definitions readers can
 * see without leaving the article. Unknown terms are left as plain links: the link rule has
 * already reported them. Returns the entries the page uses.
 */
export function transformGlossaryLinks(tree: Root, glossary: Map<string, GlossaryEntry>, lang: Locale): GlossaryEntry[] {
  const used = new Map<string, GlossaryEntry>()
  visit(tree, 'link', (node: Link, index, parent) => {
    const id = glossaryLinkId(node.url, lang)
    if (!parent || index === undefined || id === undefined) return
    const entry = glossary.get(id)
    if (!entry) return
    used.set(entry.id, entry)
    parent.children.splice(index, 1, jsxText('GlossaryTerm', { id: entry.id }, node.children as never) as never)
    return [SKIP, index + 1]
  })
  return [...used.values()]
}
