import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadRegistry } from '@/lib/citations/registry'
import { parseFigures } from '@/lib/content/figures'
import { checkFile } from '@/lib/content/check'
import { iconArrayLayout } from '@/lib/icon-array'
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

  it('fail a picture whose counts the words do not say', () => {
    const text = '41 in 100 people on esketamine, compared with 9 in 100 on a dummy spray'
    const ok = parseFigures(figure({ text, array: { of: 100, what: 'Felt detached', groups: [{ label: 'on esketamine', count: 41 }, { label: 'on a dummy spray', count: 9 }] } }), 'f.json', registry)
    expect(lines(ok.file)).toEqual([])
    // 14 is not "41", and "1 in 100" must not match inside "41 in 100".
    for (const count of [14, 1]) {
      const bad = parseFigures(figure({ text, array: { of: 100, what: 'Felt detached', groups: [{ label: 'on esketamine', count }] } }), 'f.json', registry)
      expect(bad.file.messages.map((m) => m.reason)).toEqual([`Figure "monitoring-time": the picture shows ${count} in 100, but the text does not say so.`])
    }
  })

  it('fail a Spanish text that does not say the picture’s counts, or a Spanish picture without its labels', () => {
    const text = '41 in 100 people on esketamine, compared with 9 in 100 on a dummy spray'
    const array = { of: 100, what: 'Felt detached', groups: [{ label: 'on esketamine', count: 41 }, { label: 'on a dummy spray', count: 9 }] }
    const es = { text: '41 de cada 100 personas con esketamina, frente a 9 de cada 100 con un aerosol simulado', what: 'Se sintieron desconectadas', labels: ['con esketamina', 'con un aerosol simulado'] }
    expect(lines(parseFigures(figure({ text, array, es }), 'f.json', registry).file)).toEqual([])
    const wrong = parseFigures(figure({ text, array, es: { ...es, text: es.text.replace('9 de cada', '19 de cada') } }), 'f.json', registry)
    expect(wrong.file.messages.map((m) => m.reason)).toEqual(['Figure "monitoring-time": the picture shows 9 de cada 100, but the Spanish text does not say so.'])
    const unlabelled = parseFigures(figure({ text, array, es: { text: es.text } }), 'f.json', registry)
    expect(unlabelled.file.messages.map((m) => m.reason)).toEqual(['Figure "monitoring-time": the Spanish picture needs 2 group label(s) and a title.'])
  })
})

describe('icon arrays', () => {
  const cells = (rects: { w: number; h: number }[]) => rects.reduce((n, r) => n + r.w * r.h, 0)
  it.each([
    [100, 0],
    [100, 9],
    [100, 41],
    [100, 100],
    [1000, 3],
    [1000, 417],
  ] as const)('%i people with %i filled: every cell drawn once, filled ones first', (of, count) => {
    const { cols, rows, filled, empty } = iconArrayLayout(of, count)
    expect(cols * rows).toBe(of)
    expect(cells(filled)).toBe(count)
    expect(cells(empty)).toBe(of - count)
    // Filled cells come first in reading order: none starts after an empty row begins.
    const firstEmpty = Math.min(...empty.map((r) => r.y * cols + r.x), of)
    for (const r of filled) expect((r.y + r.h - 1) * cols + r.x + r.w - 1).toBeLessThan(firstEmpty)
  })

  it('refuses a count it cannot draw', () => {
    expect(() => iconArrayLayout(100, 101)).toThrow()
    expect(() => iconArrayLayout(100, 2.5)).toThrow()
  })
})
