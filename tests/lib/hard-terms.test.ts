import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { parseContent } from '@/lib/content/parse'
import { parseHardTerms } from '@/lib/content/hard-terms'
import { firstUse, firstUses } from '@/lib/content/rules/glossary'
import type { RuleContext } from '@/lib/content/rules/define'
import { lines } from '../helpers/messages'

const terms = parseHardTerms(
  JSON.stringify([
    { glossary: 'ect', match: ['ECT', 'electroconvulsive therapy'] },
    { glossary: 'nmda-receptor', match: ['NMDA'], caseSensitive: true },
    { glossary: 'hnk', match: ['HNK'], caseSensitive: true },
  ]),
  'content/hard-terms.json',
)
const tree = (mdx: string) => parseContent(mdx, '/site/content/articles/x.mdx')

describe('hard terms: first use on a page links to the glossary', () => {
  it('finds each term once, where it is first used, and whether that use is a glossary link', () => {
    const uses = firstUses(tree('## ECT and NMDA\n\nThe effect of [ECT](/glossary/#ect) is known.\n\nLater, ECT again, and nmda in lower case, then NMDA.'), terms.terms)
    expect(uses.map((u) => [u.term.glossary, u.word, u.linked, u.node.position?.start.line])).toEqual([
      ['ect', 'ECT', true, 3], // not the heading, not "effect"
      ['nmda-receptor', 'NMDA', false, 5], // case matters for this one
    ])
  })

  it('a link elsewhere is not a glossary link', () => {
    const [use] = firstUses(tree('See [electroconvulsive therapy](/articles/ways-ketamine-is-given/) first.'), terms.terms)
    expect(use).toMatchObject({ word: 'electroconvulsive therapy', linked: false })
  })

  const check = (mdx: string, href = '/articles/x/') => {
    const file = new VFile({ path: 'content/articles/x.mdx', value: mdx })
    const site = { hardTerms: terms, glossaryOf: () => new Map([['ect', {}], ['nmda-receptor', {}]]) }
    firstUse.check!(tree(mdx), file, { site, href, lang: 'en' } as unknown as RuleContext)
    return lines(file)
  }

  it('reports an unlinked first use at its line and column, with the link to write', () => {
    expect(check('Some text.\n\nPeople had ECT before.')).toEqual([
      'content/articles/x.mdx:3:12  error  glossary/first-use  First use of "ECT" on this page is not linked to the glossary.\n    hint: write [ECT](/glossary/#ect) here, where it first appears (key facts count); later uses need no link.',
    ])
  })

  it('reports a hard term the glossary does not define', () => {
    expect(check('A metabolite called HNK.')).toEqual([
      'content/articles/x.mdx:1:21  error  glossary/missing-entry  "HNK" is a hard term, but the glossary has no entry "hnk".\n    hint: add "## HNK [#hnk]" with a cited definition to content/pages/glossary.mdx, or correct the id in content/hard-terms.json.',
    ])
  })

  it('leaves the glossary page itself alone', () => {
    expect(check('ECT and NMDA, defined here.', '/glossary/')).toEqual([])
  })

  it('locates a broken entry in the hard-terms file', () => {
    const broken = parseHardTerms('[\n  { "glossary": "ECT", "match": [] }\n]', 'content/hard-terms.json')
    expect(lines(broken.file)).toEqual([
      'content/hard-terms.json:2:17  error  glossary/hard-terms-schema  Hard term: field "glossary": a glossary id, lowercase words joined by hyphens, like nmda-receptor.',
      'content/hard-terms.json:2:33  error  glossary/hard-terms-schema  Hard term: field "match": Too small: expected array to have >=1 items.',
    ])
  })
})
