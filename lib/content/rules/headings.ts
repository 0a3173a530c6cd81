import type { Heading } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { findCitations } from '../../citations/parse'
import type { Finding } from '../findings'

interface HeadingInfo {
  node: Heading
  depth: number
  id: string
  text: string
}

function at(node: Heading) {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 }
}

/**
 * Heading structure: the page supplies the only h1 (the title), levels go down one at a time so
 * screen-reader users can navigate by heading, ids are unique, and headings carry no citations.
 */
export function headingRules(headings: HeadingInfo[], file: string): Finding[] {
  const findings: Finding[] = []
  const seen = new Map<string, HeadingInfo>()
  let previous = 1 // the page's own h1
  for (const h of headings) {
    if (h.depth === 1) {
      findings.push({ file, ...at(h.node), severity: 'error', rule: 'headings/no-h1', message: `A level-1 heading ("# ${h.text}") in the body: expected ## or deeper, found #.`, hint: 'the page already shows the title from the frontmatter as its only h1; start sections with ##.' })
    } else if (h.depth > previous + 1) {
      findings.push({ file, ...at(h.node), severity: 'error', rule: 'headings/skipped-level', message: `Heading level skipped: expected ${'#'.repeat(previous + 1)} or higher after ${'#'.repeat(previous)}, found ${'#'.repeat(h.depth)} ("${h.text}").`, hint: 'go down one level at a time so the outline makes sense to screen-reader users.' })
    }
    // An h1 counts as an h2 here, so one mistake is not reported twice.
    previous = Math.max(h.depth, 2)
    const first = seen.get(h.id)
    if (first) {
      findings.push({ file, ...at(h.node), severity: 'error', rule: 'headings/duplicate-id', message: `Two headings have the id "${h.id}".`, hint: `the first is "${first.text}" on line ${at(first.node).line}; pin a different id with [#another-id] at the end of one heading.` })
    } else seen.set(h.id, h)
    if (findCitations(toString(h.node)).clusters.length) {
      findings.push({ file, ...at(h.node), severity: 'error', rule: 'headings/citation', message: `A citation in a heading ("${h.text}").`, hint: 'cite in the paragraph below the heading instead.' })
    }
  }
  return findings
}
