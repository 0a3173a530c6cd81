import fs from 'node:fs'
import path from 'node:path'
import { findNodeAtLocation } from 'jsonc-parser'
import type { Root, RootContent } from 'mdast'
import { SKIP, visit } from 'unist-util-visit'
import { z } from 'zod'
import type { Registry } from '../citations/registry'
import { keyPattern } from '../citations/schema'
import { didYouMean } from '../suggest'
import { VFile } from 'vfile'
import { parseJsonList } from './json-list'
import { isJsx, jsxFlow, stringProp, type JsxNode } from './jsx'
import * as rules from './rules/figures'
import { report } from './rules/define'
import type { Locale } from '../i18n/locales'

/** Where the shared figures live, relative to the project root. */
export const FIGURES_FILE = 'content/figures.json'

/**
 * One number used on several pages, kept once with its source, so a label update changes every
 * page at once. Pages write `<Fig id="monitoring-time" />`; the text and its citation replace it.
 */
export const figureSchema = z.strictObject({
  /** Lowercase words joined by hyphens, used in `<Fig id="…" />`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'lowercase words joined by hyphens, like monitoring-time' }),
  /** The words that stand in the sentence, e.g. "at least 2 hours" or "41 in 100". */
  text: z.string().trim().min(1).max(120),
  /** Registry ids of the sources that state it: cited right after the text. */
  cite: z.array(z.string().regex(keyPattern)).min(1),
  /** For editors: what the figure is, and where in the source it is. Never shown. */
  about: z.string().trim().min(3),
  /**
   * For a picture of the number (`<IconArray id="…" />`): out of how many people, and how many in
   * each group. Each count must stand in the text as "N in 100" (or "N in 1,000"), so the picture
   * and the words can never disagree.
   */
  array: z
    .strictObject({
      of: z.union([z.literal(100), z.literal(1000)]),
      /** What the filled people had, as the picture's title: "Felt detached (dissociation)". */
      what: z.string().trim().min(3).max(60),
      /** One group, or two to compare (the treatment, then the comparison). */
      groups: z.array(z.strictObject({ label: z.string().trim().min(2).max(40), count: z.int().min(0) })).min(1).max(2),
    })
    .optional(),
  /**
   * The same figure in Spanish: its words, and for a picture its title and group labels in the
   * order of `array.groups`. Each count stands in the text as "N de cada 100".
   */
  es: z
    .strictObject({
      text: z.string().trim().min(1).max(140),
      what: z.string().trim().min(3).max(70).optional(),
      labels: z.array(z.string().trim().min(2).max(50)).min(1).max(2).optional(),
    })
    .optional(),
})
export type Figure = z.output<typeof figureSchema>

/** A figure's words, picture title and group labels in a language (English when it has no translation). */
export function figureIn(figure: Figure, lang: Locale): Figure {
  const es = lang === 'es' ? figure.es : undefined
  if (!es) return figure
  const array = figure.array && { ...figure.array, what: es.what ?? figure.array.what, groups: figure.array.groups.map((g, i) => ({ ...g, label: es.labels?.[i] ?? g.label })) }
  return { ...figure, text: es.text, ...(array ? { array } : {}) }
}

export interface Figures {
  byId: Map<string, Figure>
  /** content/figures.json, carrying its messages. */
  file: VFile
}

/** Read and validate the figures file; every problem is a located message. */
export function parseFigures(text: string, filePath: string, registry: Registry): Figures {
  const byId = new Map<string, Figure>()
  const { file, entries, error } = parseJsonList(text, filePath, figureSchema, rules.figureSchema, 'figure')
  for (const { data: figure, node } of entries) {
    if (byId.has(figure.id)) error(node.offset, `Duplicate figure id "${figure.id}".`, 'give one of them another id.')
    figure.cite.forEach((key, i) => {
      if (registry.entries.has(key)) return
      const at = findNodeAtLocation(node, ['cite', i]) ?? node
      error(at.offset, `Figure "${figure.id}" cites "${key}", which is not in content/references/.`, didYouMean(key, registry.entries.keys()))
    })
    // Each count stands in the words of every language, so no text and picture can disagree.
    const inWords = (n: number, lang: Locale) => `${n} ${lang === 'es' ? 'de cada' : 'in'} ${figure.array!.of.toLocaleString('en-US')}`
    const says = (text: string, words: string) => new RegExp(`(?<![\\d,])${words}(?![\\d,])`).test(text)
    figure.array?.groups.forEach((g, i) => {
      const at = findNodeAtLocation(node, ['array', 'groups', i, 'count']) ?? node
      if (g.count > figure.array!.of) error(at.offset, `Figure "${figure.id}": ${g.count} is more than ${figure.array!.of}.`, 'a count is how many of the people shown.')
      else if (!says(figure.text, inWords(g.count, 'en')))
        error(at.offset, `Figure "${figure.id}": the picture shows ${inWords(g.count, 'en')}, but the text does not say so.`, `write "${inWords(g.count, 'en')}" in the figure's text, so the words and the picture agree.`)
      else if (figure.es && !says(figure.es.text, inWords(g.count, 'es')))
        error((findNodeAtLocation(node, ['es', 'text']) ?? at).offset, `Figure "${figure.id}": the picture shows ${inWords(g.count, 'es')}, but the Spanish text does not say so.`, `write "${inWords(g.count, 'es')}" in es.text.`)
    })
    if (figure.array && figure.es && figure.es.labels?.length !== figure.array.groups.length)
      error((findNodeAtLocation(node, ['es']) ?? node).offset, `Figure "${figure.id}": the Spanish picture needs ${figure.array.groups.length} group label(s) and a title.`, 'give es.what and es.labels, in the order of array.groups.')
    byId.set(figure.id, figure)
  }
  return { byId, file }
}

/** The shared figures of a project; an empty set when it has no figures file. */
export function loadFigures(root: string, registry: Registry): Figures {
  const file = path.join(root, FIGURES_FILE)
  return fs.existsSync(file) ? parseFigures(fs.readFileSync(file, 'utf8'), FIGURES_FILE, registry) : { byId: new Map(), file: new VFile({ path: FIGURES_FILE }) }
}

/**
 * The figure an element names, or undefined after reporting why (an element without an id is the
 * props rule's to report).
 */
function figureOf(el: JsxNode, figures: Figures, file: VFile, example: string): Figure | undefined {
  const id = stringProp(el, 'id') ?? ''
  const figure = figures.byId.get(id)
  if (!figure && id) report(file, rules.unknownFigure, `Unknown figure "${id}".`, el as never, didYouMean(id, figures.byId.keys()) ?? `figures are listed in ${FIGURES_FILE}${example}.`)
  return figure
}

/** The figure's words followed by its citation, ready for the citation step to number. */
const cited = (figure: Figure, text = figure.text) => `${text} [${figure.cite.map((k) => `@${k}`).join('; ')}]`

/**
 * Replace each `<IconArray id="…" />` with a figure the site draws at build time: the picture from
 * the figure's counts, and as its caption the figure's words and citation, numbered like any other.
 */
function iconArrays(tree: Root, figures: Figures, file: VFile, lang: Locale): void {
  visit(tree, (node, index, parent) => {
    if (!isJsx(node, 'IconArray') || !parent || index === undefined) return
    const found = figureOf(node, figures, file, '')
    if (!found) return
    const figure = figureIn(found, lang)
    if (!figure.array) {
      const withArrays = [...figures.byId.values()].filter((f) => f.array).map((f) => f.id)
      report(file, rules.noArray, `Figure "${figure.id}" has no counts to draw.`, node as never, `add "array" to it in ${FIGURES_FILE}, or use one that has it: ${withArrays.join(', ')}.`)
      return
    }
    const caption = { type: 'paragraph', position: node.position, children: [{ type: 'text', value: `${cited(figure, capitalize(figure.text))}.`, position: node.position }] }
    parent.children.splice(index, 1, jsxFlow('IconArrayFigure', { id: figure.id, ...figure.array }, [caption as never]) as never)
    return [SKIP, index + 1]
  })
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * Replace each `<Fig id="…" />` with the figure's text and its citation (`41 in 100 [@key]`),
 * before citations are numbered, so the number and its source are one piece of text everywhere.
 */
export function transformFigures(tree: Root, figures: Figures, file: VFile, lang: Locale): void {
  iconArrays(tree, figures, file, lang)
  visit(tree, (node, index, parent) => {
    if (!isJsx(node, 'Fig', 'text') || !parent || index === undefined) return
    const found = figureOf(node, figures, file, '; write <Fig id="esketamine-monitoring" />')
    if (!found) return
    const figure = figureIn(found, lang)
    const text = { type: 'text', value: cited(figure), position: node.position } as RootContent
    parent.children.splice(index, 1, text as never)
    return [SKIP, index + 1]
  })
}
