import type { List, Paragraph, PhrasingContent, Root, Table, TableCell } from 'mdast'
import { messages, type Locale } from '../i18n'
import { toString } from 'mdast-util-to-string'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { didYouMean } from '../suggest'
import { PINNED } from '../toc'
import { isJsx, jsxFlow, stringProp, type JsxNode } from './jsx'
import { report } from './rules/define'
import * as rules from './rules/options'

/** An option's answer to one question: its list item's words after the bold label ("How often:"). */
interface Answer {
  label: string
  content: PhrasingContent[]
}

const labelOf = (p: Paragraph) => (p.children[0]?.type === 'strong' ? toString(p.children[0]).replace(/[:?]\s*$/, '').trim() : undefined)

/** Each option of an `<Options>` block: its heading's words and its answers, in the page's order. */
function optionsOf(block: JsxNode): { name: PhrasingContent[]; answers: Answer[] }[] {
  const out: { name: PhrasingContent[]; answers: Answer[] }[] = []
  for (const node of block.children ?? []) {
    if (node.type === 'heading') out.push({ name: node.children, answers: [] })
    else if (node.type === 'list' && out.length) {
      for (const item of (node as List).children) {
        const p = item.children[0]
        if (p?.type !== 'paragraph') continue
        const label = labelOf(p)
        if (!label) continue
        const [, ...rest] = p.children
        out.at(-1)!.answers.push({ label, content: rest })
      }
    }
  }
  return out
}

/** A heading's words without its `[#id]`, which the heading step has not read yet at this point. */
const withoutId = (nodes: PhrasingContent[]): PhrasingContent[] =>
  structuredClone(nodes).map((n) => (n.type === 'text' ? { ...n, value: n.value.replace(PINNED, '') } : n))

/** The answer's words, cloned so they are numbered and linked like the card's own, begun as a sentence. */
const cell = (content: PhrasingContent[]): TableCell => {
  const children = structuredClone(content)
  const first = children[0]
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase())
  return { type: 'tableCell', children }
}

/**
 * Replace `<OptionsTable rows="How often; Time, travel, driving">…</OptionsTable>` with its own
 * content (a heading, how to use the table) and a table of those answers for every option of the
 * page's `<Options>` block: a comparison at a glance, drawn from the very words (and sources) of
 * the cards, so it can never disagree with them.
 */
export function transformOptionsTable(tree: Root, file: VFile, lang: Locale): void {
  const t = messages(lang).options
  const block = tree.children.find((n) => isJsx(n, 'Options')) as JsxNode | undefined
  visit(tree, (node, index, parent) => {
    if (!isJsx(node, 'OptionsTable') || !parent || index === undefined) return
    const el: JsxNode = node
    if (!block) {
      report(file, rules.noOptions, '<OptionsTable> needs an <Options> block on the same page to draw its rows from.', el as never, 'write the <Options> block first (docs/editing.md).')
      parent.children.splice(index, 1, ...((el.children ?? []) as never[]))
      return [SKIP, index]
    }
    const options = optionsOf(block)
    const known = [...new Set(options.flatMap((o) => o.answers.map((a) => a.label)))]
    const wanted = (stringProp(el, 'rows') ?? '').split(';').map((r) => r.trim()).filter(Boolean)
    const rows = wanted.filter((r) => {
      if (known.includes(r)) return true
      report(file, rules.unknownRow, `<OptionsTable> asks for "${r}", which is not a question the options answer.`, el as never, didYouMean(r, known) ?? `the questions are: ${known.join('; ')}.`)
      return false
    })
    // Nothing to show is already an error; an empty table would only add a second one.
    const own = (el.children ?? []) as never[]
    if (!rows.length) {
      parent.children.splice(index, 1, ...own)
      return [SKIP, index + own.length]
    }
    const header = { type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: t.option }] }, ...rows.map((r) => ({ type: 'tableCell', children: [{ type: 'text', value: r }] }))] }
    const body = options.map((o) => ({
      type: 'tableRow',
      children: [{ type: 'tableCell', children: withoutId(o.name) }, ...rows.map((r) => cell(o.answers.find((a) => a.label === r)?.content ?? [{ type: 'text', value: t.notKnown }]))],
    }))
    const table = { type: 'table', align: [null, ...rows.map(() => null)], children: [header, ...body], position: (el as { position?: Table['position'] }).position } as Table
    const glance = jsxFlow('OptionsGlance', {}, [...own, table] as never)
    glance.position = table.position
    parent.children.splice(index, 1, glance as never)
    return [SKIP, index + 1]
  })
}
