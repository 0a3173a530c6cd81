import type { Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { readingStats, spanishReadingStats } from '../../readability'
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
  check(tree, file, ctx) {
    if (ctx.lang !== 'en') return // other languages have their own formula (readingEase)
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

/** Spanish reading ease (Szigriszt-Pazos, INFLESZ scale): below WARN_EASE warns, below ERROR_EASE fails. */
export const WARN_EASE = 55
export const ERROR_EASE = 40

export const readingEase = defineRule({
  id: 'style/reading-ease-es',
  catches: `Spanish pages: reading ease below ${WARN_EASE} (a warning) or ${ERROR_EASE} (an error) on the INFLESZ scale (Szigriszt-Pazos); aim for ${WARN_EASE} or more, "normal" or easier`,
  severity: 'warning',
  check(tree, file, ctx) {
    if (ctx.lang !== 'es') return
    const stats = spanishReadingStats(proseOf(tree))
    file.data.readingEs = stats
    if (stats.words < 50 || stats.szigriszt >= WARN_EASE) return
    const error = stats.szigriszt < ERROR_EASE
    report(
      file,
      readingEase,
      `Reading ease ${stats.szigriszt} (Szigriszt-Pazos, INFLESZ scale; Fernández-Huerta ${stats.fernandezHuerta}) is below ${error ? ERROR_EASE : WARN_EASE}: aim for ${WARN_EASE} or more.`,
      { line: 1, column: 1 },
      `shorter sentences (now ${(stats.words / Math.max(1, stats.sentences)).toFixed(1)} words each on average) and shorter, everyday words raise it; explain a technical term once, then use it.`,
      error ? 'error' : 'warning',
    )
  },
})
