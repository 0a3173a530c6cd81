import type { Heading } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { findCitations } from '../../citations/parse'
import { isReservedId } from '../../page-ids'
import type { HeadingInfo } from '../../toc'
import { defineRule, report } from './define'

const headingsOf = (file: { data: { headings?: HeadingInfo[] } }) => file.data.headings ?? []
const line = (node: Heading) => node.position?.start.line ?? 1

export const noH1 = defineRule({
  id: 'headings/no-h1',
  catches: 'a level-1 heading in the body (the title is the page\'s only h1)',
  severity: 'error',
  check(_tree, file) {
    for (const h of headingsOf(file)) {
      if (h.depth === 1) report(file, noH1, `A level-1 heading ("# ${h.text}") in the body: expected ## or deeper, found #.`, h.node, 'the page already shows the title from the frontmatter as its only h1; start sections with ##.')
    }
  },
})

export const skippedLevel = defineRule({
  id: 'headings/skipped-level',
  catches: 'a heading level skipped (### straight after #), which breaks the outline',
  severity: 'error',
  check(_tree, file) {
    let previous = 1 // the page's own h1
    for (const h of headingsOf(file)) {
      if (h.depth > 1 && h.depth > previous + 1) {
        report(file, skippedLevel, `Heading level skipped: expected ${'#'.repeat(previous + 1)} or higher after ${'#'.repeat(previous)}, found ${'#'.repeat(h.depth)} ("${h.text}").`, h.node, 'go down one level at a time so the outline makes sense to screen-reader users.')
      }
      // An h1 counts as an h2 here, so one mistake is not reported twice.
      previous = Math.max(h.depth, 2)
    }
  },
})

export const duplicateId = defineRule({
  id: 'headings/duplicate-id',
  catches: 'two headings with the same id',
  severity: 'error',
  check(_tree, file) {
    const seen = new Map<string, HeadingInfo>()
    for (const h of headingsOf(file)) {
      const first = seen.get(h.id)
      if (first) report(file, duplicateId, `Two headings have the id "${h.id}".`, h.node, `the first is "${first.text}" on line ${line(first.node)}; pin a different id with [#another-id] at the end of one heading.`)
      else seen.set(h.id, h)
    }
  },
})

export const reservedId = defineRule({
  id: 'headings/reserved-id',
  catches: 'a heading id the page itself uses (`references`, `key-facts`, `ref-…`), so a link to it would land elsewhere',
  severity: 'error',
  check(_tree, file) {
    for (const h of headingsOf(file)) {
      if (isReservedId(h.id)) report(file, reservedId, `The heading id "${h.id}" is one the page itself uses.`, h.node, 'pin another id at the end of the heading, like [#about-the-references].')
    }
  },
})

export const citation = defineRule({
  id: 'headings/citation',
  catches: 'a citation in a heading',
  severity: 'error',
  check(_tree, file) {
    for (const h of headingsOf(file)) {
      if (findCitations(toString(h.node)).clusters.length) report(file, citation, `A citation in a heading ("${h.text}").`, h.node, 'cite in the paragraph below the heading instead.')
    }
  },
})
