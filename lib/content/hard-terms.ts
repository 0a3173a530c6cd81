import fs from 'node:fs'
import path from 'node:path'
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser'
import { VFile } from 'vfile'
import { location } from 'vfile-location'
import { z } from 'zod'
import { report } from './rules/define'
import { hardTermsSchema as schemaRule } from './rules/glossary'

/** Where the hard terms live, relative to the project root. */
export const HARD_TERMS_FILE = 'content/hard-terms.json'

/**
 * A technical term readers may not know. On every page but the glossary, its first use must link
 * to its glossary entry (rule glossary/first-use), so the definition is one tap away.
 */
export const hardTermSchema = z.strictObject({
  /** The glossary entry's id: the anchor of its heading on /glossary/. */
  glossary: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'a glossary id, lowercase words joined by hyphens, like nmda-receptor' }),
  /** The words on a page that count as a use of the term (whole words). */
  match: z.array(z.string().trim().min(2)).min(1),
  /** true for abbreviations whose letter case matters (NMDA, mTOR); otherwise case is ignored. */
  caseSensitive: z.boolean().default(false),
})
export type HardTerm = z.output<typeof hardTermSchema> & { pattern: RegExp }

export interface HardTerms {
  terms: HardTerm[]
  /** content/hard-terms.json, carrying its messages. */
  file: VFile
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Read and validate the hard-terms file; every problem is a located message. */
export function parseHardTerms(text: string, filePath: string): HardTerms {
  const terms: HardTerm[] = []
  const file = new VFile({ path: filePath, value: text })
  const place = location(file)
  const error = (offset: number, message: string) => report(file, schemaRule, message, place.toPoint(offset) ?? { line: 1, column: 1 })
  const errors: ParseError[] = []
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true })
  if (errors[0] || !tree || tree.type !== 'array') {
    error(errors[0]?.offset ?? 0, errors[0] ? `Not valid JSON (${printParseErrorCode(errors[0].error)}).` : 'Expected a JSON list ([ ... ]) of hard terms.')
    return { terms, file }
  }
  for (const node of tree.children ?? []) {
    const result = hardTermSchema.safeParse(JSON.parse(text.slice(node.offset, node.offset + node.length)))
    if (!result.success) {
      for (const issue of result.error.issues) error((findNodeAtLocation(node, issue.path as (string | number)[]) ?? node).offset, `Hard term: field "${issue.path.join('.')}": ${issue.message}.`)
      continue
    }
    const words = [...result.data.match].sort((a, b) => b.length - a.length).map(escape)
    // Whole words only: "ECT" is not a use inside "effect", nor "NMDA" inside "NMDAR".
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, result.data.caseSensitive ? 'u' : 'iu')
    terms.push({ ...result.data, pattern })
  }
  return { terms, file }
}

/** The hard terms of a project; none when it has no hard-terms file. */
export function loadHardTerms(root: string): HardTerms {
  const file = path.join(root, HARD_TERMS_FILE)
  return fs.existsSync(file) ? parseHardTerms(fs.readFileSync(file, 'utf8'), HARD_TERMS_FILE) : { terms: [], file: new VFile({ path: HARD_TERMS_FILE }) }
}
