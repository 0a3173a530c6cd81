import type { Link, Root, RootContent, Text } from 'mdast'
import type { Locale } from '../../i18n/locales'
import { glossaryFile, glossaryHref, glossaryLinkId } from '../glossary'
import type { HardTerm } from '../hard-terms'
import { placeIn } from '../place'
import { defineRule, report } from './define'

export const hardTermsSchema = defineRule({ id: 'glossary/hard-terms-schema', catches: 'an invalid entry in content/hard-terms.json', severity: 'error' })

export const missingEntry = defineRule({
  id: 'glossary/missing-entry',
  catches: 'a hard term (content/hard-terms.json) used on a page when the glossary has no entry for it',
  severity: 'error',
})

/** Each hard term's first use on a page, in reading order, and whether it is a link to its entry. */
interface Use {
  term: HardTerm
  node: Text
  /** Where in the text node the word starts. */
  index: number
  word: string
  linked: boolean
}

export function firstUses(tree: Root, terms: HardTerm[], lang: Locale = 'en'): Use[] {
  const found = new Map<HardTerm, Use>()
  const walk = (nodes: RootContent[], glossaryLink: string | undefined) => {
    for (const node of nodes) {
      // Headings name a section; the text under them is where a term is first used.
      if (node.type === 'heading' || node.type === 'code' || node.type === 'inlineCode' || node.type === 'yaml') continue
      if (node.type === 'text') {
        for (const term of terms) {
          const pattern = term.patterns[lang]
          if (found.has(term) || !pattern) continue
          const hit = node.value.match(pattern)
          if (hit) found.set(term, { term, node, index: hit.index ?? 0, word: hit[0], linked: glossaryLink === term.glossary })
        }
      } else if ('children' in node) {
        const url = node.type === 'link' ? (node as Link).url : undefined
        const into = url !== undefined ? (glossaryLinkId(url, lang) ?? '') : glossaryLink
        walk(node.children as RootContent[], into)
      }
    }
  }
  walk(tree.children, undefined)
  return [...found.values()]
}

export const firstUse = defineRule({
  id: 'glossary/first-use',
  catches: 'a hard term (content/hard-terms.json) whose first use on a page is not a link to its glossary entry',
  severity: 'error',
  check(tree, file, ctx) {
    const href = glossaryHref(ctx.lang)
    if (ctx.href === href) return // the glossary defines them
    for (const use of firstUses(tree, ctx.site.hardTerms.terms, ctx.lang)) {
      const at = placeIn(use.node, use.index)
      if (!ctx.site.glossaryOf(ctx.lang).has(use.term.glossary)) {
        report(file, missingEntry, `"${use.word}" is a hard term, but the glossary has no entry "${use.term.glossary}".`, at, `add "## ${use.word} [#${use.term.glossary}]" with a cited definition to ${glossaryFile(ctx.lang)}, or correct the id in content/hard-terms.json.`)
      } else if (!use.linked) {
        report(file, firstUse, `First use of "${use.word}" on this page is not linked to the glossary.`, at, `write [${use.word}](${href}#${use.term.glossary}) here, where it first appears (key facts count); later uses need no link.`)
      }
    }
  },
})
