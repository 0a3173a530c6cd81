import fs from 'node:fs'
import path from 'node:path'
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser'
import { VFile } from 'vfile'
import { location } from 'vfile-location'
import { describeIssue } from '../content/frontmatter'
import { report } from '../content/rules/define'
import * as rules from '../content/rules/registry'
import { referenceSchema, type Reference } from './schema'

export interface Registry {
  /** Entries by id, in file order. */
  entries: Map<string, Reference>
  /** Where each entry is defined, for messages about it. */
  where: Map<string, { file: string; line: number; column: number }>
  /** One file per registry file, carrying its messages. */
  files: VFile[]
}

const KNOWN_FIELDS = ['id', 'type', 'title', 'author', 'container-title', 'publisher', 'issued', 'volume', 'issue', 'page', 'DOI', 'PMID', 'PMCID', 'URL', 'more-authors', 'evidence', 'verified', 'note', 'genre', 'number']

/**
 * Read one registry file (a CSL-JSON array) and validate each entry. Positions come from the JSON
 * syntax tree, so a message names the line of the field at fault.
 */
export function parseRegistryFile(text: string, filePath: string): { entries: { ref: Reference; line: number; column: number }[]; file: VFile } {
  const file = new VFile({ path: filePath, value: text })
  const place = location(file)
  const lineCol = (offset: number) => place.toPoint(offset) ?? { line: 1, column: 1 }
  const errors: ParseError[] = []
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true })
  // The first syntax error is the one to fix; the rest usually follow from it.
  for (const e of errors.slice(0, 1)) {
    report(file, rules.json, `Not valid JSON (${printParseErrorCode(e.error)}).`, lineCol(e.offset), 'paste CSL-JSON exactly as Zotero exports it: a [ ... ] list of { ... } entries.')
  }
  if (errors.length || !tree) return { entries: [], file }
  if (tree.type !== 'array') {
    report(file, rules.json, 'Expected a JSON list ([ ... ]) of CSL-JSON entries.', { line: 1, column: 1 })
    return { entries: [], file }
  }
  const entries: { ref: Reference; line: number; column: number }[] = []
  tree.children?.forEach((node: JsonNode, index: number) => {
    const value = JSON.parse(text.slice(node.offset, node.offset + node.length)) as Record<string, unknown>
    const idNode = findNodeAtLocation(node, ['id'])
    const at = lineCol((idNode ?? node).offset)
    const result = referenceSchema.safeParse(value, { reportInput: true })
    if (!result.success) {
      for (const issue of result.error.issues) {
        const target = findNodeAtLocation(node, issue.path as (string | number)[])
        const { message, hint } = describeIssue(issue, KNOWN_FIELDS, referenceSchema)
        const label = typeof value.id === 'string' ? `Reference "${value.id}"` : `Reference #${index + 1}`
        report(file, rules.schema, `${label}: ${message.replace(/^Field /, 'field ')}`, target ? lineCol(target.offset) : at, hint)
      }
      return
    }
    for (const rule of rules.ENTRY_RULES) {
      for (const issue of rule.checkEntry(result.data)) {
        const target = findNodeAtLocation(node, issue.path)
        report(file, rule, issue.message, target ? lineCol(target.offset) : at, issue.hint)
      }
    }
    entries.push({ ref: result.data, ...at })
  })
  return { entries, file }
}

/**
 * Load every `*.json` file in the registry folder. Duplicate ids are errors that name both places.
 */
export function loadRegistry(dir: string, root: string): Registry {
  const entries = new Map<string, Reference>()
  const where = new Map<string, { file: string; line: number; column: number }>()
  const files: VFile[] = []
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : []
  for (const name of names) {
    const abs = path.join(dir, name)
    const rel = path.relative(root, abs)
    const parsed = parseRegistryFile(fs.readFileSync(abs, 'utf8'), rel)
    files.push(parsed.file)
    for (const { ref, line, column } of parsed.entries) {
      const first = where.get(ref.id)
      if (first) {
        report(parsed.file, rules.duplicateId, `Duplicate reference id "${ref.id}".`, { line, column }, `it is already defined at ${first.file}:${first.line}:${first.column}; give one of them another id.`)
        continue
      }
      entries.set(ref.id, ref)
      where.set(ref.id, { file: rel, line, column })
    }
  }
  return { entries, where, files }
}
