import path from 'node:path'
import type { Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { formatReference } from '@/lib/citations/format'
import { findCitations } from '@/lib/citations/parse'
import { loadRegistry } from '@/lib/citations/registry'
import { transformCitations } from '@/lib/citations/remark-citations'
import { parseContent } from '@/lib/content/parse'
import { VFile } from 'vfile'
import { lines } from '../helpers/messages'

const root = path.resolve('tests/fixtures/site')
const registry = loadRegistry(path.join(root, 'content/references'), root)

function cite(body: string) {
  const tree = parseContent(body, path.join(root, 'x.mdx')) as Root
  const file = new VFile({ path: 'x.mdx' })
  return { tree, references: transformCitations(tree, registry, file), findings: lines(file) }
}

describe('finding citations in text', () => {
  it('reads one key and several keys', () => {
    const { clusters } = findCitations('A [@berman2000]. B [@kryst2020; @berman2000].')
    expect(clusters.map((c) => c.keys)).toEqual([['berman2000'], ['kryst2020', 'berman2000']])
  })

  it('ignores ordinary brackets and email addresses', () => {
    const { clusters, malformed } = findCitations('See [the label] or write to a@b.org [1].')
    expect(clusters).toEqual([])
    expect(malformed).toEqual([])
  })

  it('reports commas and prefixes as malformed, not as text for readers', () => {
    const { malformed } = findCitations('X [@a, @b] and [see @c].')
    expect(malformed.map((m) => m.text)).toEqual(['[@a, @b]', '[see @c]'])
  })
})

describe('numbering citations', () => {
  it('numbers sources by first use and keeps one back-link per marker', () => {
    const { references, findings } = cite('One [@kryst2020].\n\nTwo [@berman2000; @kryst2020].\n\nThree [@kryst2020].\n')
    expect(findings).toEqual([])
    expect(references.map((r) => [r.id, r.n])).toEqual([['kryst2020', 1], ['berman2000', 2]])
    expect(references[0]?.backlinks).toEqual(['cite-1-1', 'cite-1-2', 'cite-1-3'])
  })

  it('replaces the text with a Cite element carrying number, key and anchor', () => {
    const { tree } = cite('Fact [@berman2000].\n')
    const para = tree.children[0] as { children: { type: string; name?: string; attributes?: { value: { value: string } }[] }[] }
    const el = para.children.find((c) => c.type === 'mdxJsxTextElement')
    expect(el?.name).toBe('Cite')
    expect(JSON.parse(el!.attributes![0]!.value.value)).toEqual([{ n: 1, id: 'berman2000', anchor: 'cite-1-1' }])
  })

  it('fails an unknown key with its position and the nearest known keys', () => {
    const { findings } = cite('Intro line.\n\nA fact [@krist2020].\n')
    expect(findings).toEqual(['x.mdx:3:9  error  cite/unknown-key  Unknown citation key "krist2020": no entry with this id in content/references/.\n    hint: did you mean "kryst2020"?'])
  })

  it('leaves citations inside code alone', () => {
    const { references } = cite('Write `[@berman2000]` to cite.\n')
    expect(references).toEqual([])
  })
})

describe('formatting references', () => {
  it('formats a journal article in Vancouver style with linked DOI and PubMed id', () => {
    const ref = formatReference(registry.entries.get('berman2000')!)
    expect(ref.text).toMatch(/^Berman RM, Cappiello A, .*Antidepressant effects of ketamine in depressed patients\. Biological Psychiatry\. 2000/)
    expect(ref.segments.filter((s) => s.href).map((s) => s.href)).toContain('https://doi.org/10.1016/S0006-3223(99)00230-9')
    expect(ref.evidence).toBe('randomized-trial')
  })

  it('links a web document by its URL', () => {
    const ref = formatReference(registry.entries.get('spravatoPI2025')!)
    expect(ref.href).toMatch(/^https:\/\/dailymed\.nlm\.nih\.gov\//)
    expect(ref.evidence).toBe('regulatory-label')
  })

  it('ends an author list known to stop short with "et al."', () => {
    const berman = registry.entries.get('berman2000')!
    const short = { ...berman, id: 'short-list', author: berman.author!.slice(0, 2), 'more-authors': true as const }
    expect(formatReference(short).text).toMatch(/^Berman RM, Cappiello A, et al\. Antidepressant effects/)
    expect(formatReference({ ...short, 'more-authors': undefined }).text).toMatch(/^Berman RM, Cappiello A\. Antidepressant effects/)
  })

  it('sends readers to the DOI, then PubMed, never to a URL beside them', () => {
    const berman = registry.entries.get('berman2000')!
    expect(formatReference(berman).href).toBe('https://doi.org/10.1016/S0006-3223(99)00230-9')
    expect(formatReference({ ...berman, id: 'no-doi', DOI: undefined }).href).toBe('https://pubmed.ncbi.nlm.nih.gov/10686270/')
  })

  it('writes the style’s own words in the page’s language, and leaves the source’s title as it is', () => {
    const label = formatReference(registry.entries.get('spravatoPI2025')!, 'es')
    expect(label.text).toMatch(/Disponible en: /)
    expect(label.text).not.toMatch(/Available from|cited/)
    expect(label.text).toContain(formatReference(registry.entries.get('spravatoPI2025')!).text.split('.')[1]!.trim())
    expect(formatReference(registry.entries.get('berman2000')!, 'es').text).toMatch(/Antidepressant effects of ketamine/)
  })
})
