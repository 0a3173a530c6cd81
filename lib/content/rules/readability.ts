import type { Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { readingStats, type ReadingStats } from '../../readability'
import type { Finding } from '../findings'

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

/** Reading grade of one document, with a finding when it is above the thresholds. */
export function readabilityRule(tree: Root, file: string): { stats: ReadingStats; findings: Finding[] } {
  const stats = readingStats(proseOf(tree))
  const grade = stats.fleschKincaid
  const findings: Finding[] = []
  if (stats.words >= 50 && grade > WARN_GRADE) {
    const error = grade > ERROR_GRADE
    findings.push({
      file,
      line: 1,
      column: 1,
      severity: error ? 'error' : 'warning',
      rule: 'style/reading-grade',
      message: `Reading grade ${grade} (Flesch-Kincaid; Coleman-Liau ${stats.colemanLiau}) is above ${error ? ERROR_GRADE : WARN_GRADE}: aim for grade 6 to 8.`,
      hint: `shorter sentences (now ${(stats.words / Math.max(1, stats.sentences)).toFixed(1)} words each on average) and everyday words lower the grade; explain a technical term once, then use it.`,
    })
  }
  return { stats, findings }
}
