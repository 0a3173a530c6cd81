import path from 'node:path'
import type { Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { VFile } from 'vfile'
import { assignHeadingIds } from '../toc'
import { transformFigures } from './figures'
import { parseContent } from './parse'
import { localePath, SOURCE_LOCALE, type Locale } from '../i18n/locales'
import { contentDir } from './paths'
import type { Site } from './site'

/** One glossary term: its anchor on /glossary/, its name, and its definition as plain text. */
export interface GlossaryEntry {
  id: string
  term: string
  definition: string
}

/** The glossary page of a language, relative to the project root, and its address. */
export const glossaryFile = (lang: Locale = SOURCE_LOCALE) => path.join(contentDir('pages', lang), 'glossary.mdx')
export const glossaryHref = (lang: Locale = SOURCE_LOCALE) => localePath(lang, '/glossary/')

/** The term id a link names when it points at a glossary entry (`/es/glossary/#ect` → ect), in any language. */
export function glossaryLinkId(url: string, lang: Locale): string | undefined {
  const href = `${glossaryHref(lang)}#`
  return url.startsWith(href) ? url.slice(href.length) : undefined
}

/** Citation clusters are for the glossary page itself; an inline definition reads without them. */
const stripCitations = (text: string) => text.replace(/\s*\[\s*@[^\]]*\]/g, '').replace(/\s+/g, ' ').trim()

/**
 * Read the glossary page: each `##` heading is a term (its id is the anchor articles link to)
 * and the paragraphs under it are the definition. Articles show this text when a reader focuses,
 * hovers or taps a glossary link, so the page stays the one place a definition is written.
 */
export function readGlossary(site: Site, lang: Locale = SOURCE_LOCALE): Map<string, GlossaryEntry> {
  const glossary = new Map<string, GlossaryEntry>()
  const file = glossaryFile(lang)
  const source = site.sources.get(file)
  if (!source) return glossary
  let tree: Root
  try {
    tree = parseContent(source.source, path.join(site.root, file))
  } catch {
    return glossary // the syntax error is reported for the glossary page itself
  }
  // Shared figures read the same in a definition as on the page (`<Fig>` becomes its text).
  transformFigures(tree, site.figures, new VFile({ path: file }), lang)
  const { headings } = assignHeadingIds(tree)
  let current: GlossaryEntry | undefined
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const h = headings.find((x) => x.node === node)
      current = node.depth === 2 && h ? { id: h.id, term: h.text, definition: '' } : undefined
      if (current) glossary.set(current.id, current)
    } else if (current && node.type === 'paragraph') {
      current.definition = `${current.definition} ${stripCitations(toString(node))}`.trim()
    }
  }
  return glossary
}
