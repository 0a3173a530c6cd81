import type { Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { readingStats } from '../../readability'
import { defineRule, report } from './define'

/** Grade thresholds: above WARN_GRADE is a warning, above ERROR_GRADE an error (US school grades). */
export const WARN_GRADE = 8
export const ERROR_GRADE = 12

/**
 * The prose a reader reads: paragraphs and list items (including the key facts), not headings,
 * tables or code. Citation markers carry no text, so they do not count.
 */
export function proseOf(tree: Root): string {
  const blocks: string[] = []
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph') blocks.push(toString(node))
      else if (node.type === 'heading' || node.type === 'table' || node.type === 'code' || node.type === 'yaml') continue
      else if ('children' in node) walk(node.children as RootContent[])
    }
  }
  walk(tree.children)
  return blocks.join('\n\n')
}

export const readingGrade = defineRule({
  id: 'style/reading-grade',
  catches: `reading grade above ${WARN_GRADE} (a warning) or ${ERROR_GRADE} (an error), Flesch-Kincaid`,
  severity: 'warning',
  check(tree, file) {
    const stats = readingStats(proseOf(tree))
    file.data.reading = stats
    const grade = stats.fleschKincaid
    if (stats.words < 50 || grade <= WARN_GRADE) return
    const error = grade > ERROR_GRADE
    report(
      file,
      readingGrade,
      `Reading grade ${grade} (Flesch-Kincaid; Coleman-Liau ${stats.colemanLiau}) is above ${error ? ERROR_GRADE : WARN_GRADE}: aim for grade 6 to 8.`,
      { line: 1, column: 1 },
      `shorter sentences (now ${(stats.words / Math.max(1, stats.sentences)).toFixed(1)} words each on average) and everyday words lower the grade; explain a technical term once, then use it.`,
      error ? 'error' : 'warning',
    )
  },
})
