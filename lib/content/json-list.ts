import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser'
import { VFile } from 'vfile'
import { location } from 'vfile-location'
import type { z } from 'zod'
import { report, type Rule } from './rules/define'

/**
 * Read a content data file that is a JSON list of entries (content/figures.json,
 * content/hard-terms.json): each entry validated by `schema`, and every problem, from a JSON
 * syntax error to one wrong field, a located message of `rule` on the returned file.
 */
export function parseJsonList<S extends z.ZodType>(text: string, filePath: string, schema: S, rule: Pick<Rule, 'id' | 'severity'>, noun: string) {
  const file = new VFile({ path: filePath, value: text })
  const place = location(file)
  /** Report a problem at a character offset of the file. */
  const error = (offset: number, message: string, hint?: string) => report(file, rule, message, place.toPoint(offset) ?? { line: 1, column: 1 }, hint)
  const entries: { data: z.output<S>; node: Node }[] = []
  const errors: ParseError[] = []
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true })
  if (errors[0] || !tree || tree.type !== 'array') {
    error(errors[0]?.offset ?? 0, errors[0] ? `Not valid JSON (${printParseErrorCode(errors[0].error)}).` : `Expected a JSON list ([ ... ]) of ${noun}s.`)
    return { file, entries, error }
  }
  const label = noun[0]!.toUpperCase() + noun.slice(1)
  for (const node of tree.children ?? []) {
    const result = schema.safeParse(JSON.parse(text.slice(node.offset, node.offset + node.length)))
    if (result.success) entries.push({ data: result.data, node })
    else for (const issue of result.error.issues) error((findNodeAtLocation(node, issue.path as (string | number)[]) ?? node).offset, `${label}: field "${issue.path.join('.')}": ${issue.message}.`)
  }
  return { file, entries, error }
}
