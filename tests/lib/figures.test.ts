import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadRegistry } from '@/lib/citations/registry'
import { parseFigures } from '@/lib/content/figures'
import { checkFile } from '@/lib/content/check'
import { lines } from '../helpers/messages'

const root = path.resolve('tests/fixtures/site')
const registry = loadRegistry(path.join(root, 'content/references'), root)
const figure = (over: object) => JSON.stringify([{ id: 'monitoring-time', text: 'at least 2 hours', cite: ['spravatoPI2025'], about: 'how long staff watch you', ...over }], null, 2)

describe('shared figures', () => {
  it('stand in the sentence with their own citation, numbered like any other', () => {
    const file = checkFile(root, path.join(root, 'content/articles/valid-with-figure.mdx'))
    expect(lines(file)).toEqual([])
    expect(file.data.references?.map((r) => r.id)).toEqual(['kryst2020', 'spravatoPI2025'])
  })

  it('fail a figure that cites a source missing from the registry, naming the line', () => {
    const { file } = parseFigures(figure({ cite: ['spravatoPI2052'] }), 'content/figures.json', registry)
    expect(lines(file)).toEqual([
      'content/figures.json:6:7  error  figures/schema  Figure "monitoring-time" cites "spravatoPI2052", which is not in content/references/.\n    hint: did you mean "spravatoPI2025"?',
    ])
  })

  it('fail a figure with no source at all', () => {
    const { file, byId } = parseFigures(figure({ cite: [] }), 'content/figures.json', registry)
    expect(file.messages.map((m) => [m.line, `${m.source}/${m.ruleId}`])).toEqual([[5, 'figures/schema']])
    expect(byId.size).toBe(0)
  })
})
