import fs from 'node:fs'
import path from 'node:path'
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser'
import { describeIssue } from '../content/frontmatter'
import type { Finding } from '../content/findings'
import { checkEntry } from './rules'
import { referenceSchema, type Reference } from './schema'

export interface Registry {
  /** Entries by id, in file order. */
  entries: Map<string, Reference>
  /** Where each entry is defined, for findings about it. */
  where: Map<string, { file: string; line: number; column: number }>
  findings: Finding[]
}

function lineCol(text: string, offset: number) {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

const KNOWN_FIELDS = ['id', 'type', 'title', 'author', 'container-title', 'publisher', 'issued', 'volume', 'issue', 'page', 'DOI', 'PMID', 'PMCID', 'URL', 'more-authors', 'evidence', 'verified', 'note', 'genre', 'number']

/**
 * Read one registry file (a CSL-JSON array) and validate each entry. Positions come from the JSON
 * syntax tree, so a finding names the line of the field at fault.
 */
export function parseRegistryFile(text: string, file: string): { entries: { ref: Reference; line: number; column: number }[]; findings: Finding[] } {
  const findings: Finding[] = []
  const errors: ParseError[] = []
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true })
  // The first syntax error is the one to fix; the rest usually follow from it.
  for (const e of errors.slice(0, 1)) {
    findings.push({ file, ...lineCol(text, e.offset), severity: 'error', rule: 'registry/json', message: `Not valid JSON (${printParseErrorCode(e.error)}).`, hint: 'paste CSL-JSON exactly as Zotero exports it: a [ ... ] list of { ... } entries.' })
  }
  if (errors.length || !tree) return { entries: [], findings }
  if (tree.type !== 'array') {
    findings.push({ file, line: 1, column: 1, severity: 'error', rule: 'registry/json', message: 'Expected a JSON list ([ ... ]) of CSL-JSON entries.' })
    return { entries: [], findings }
  }
  const entries: { ref: Reference; line: number; column: number }[] = []
  tree.children?.forEach((node: JsonNode, index: number) => {
    const value = JSON.parse(text.slice(node.offset, node.offset + node.length)) as Record<string, unknown>
    const idNode = findNodeAtLocation(node, ['id'])
    const at = lineCol(text, (idNode ?? node).offset)
    const result = referenceSchema.safeParse(value, { reportInput: true })
    if (!result.success) {
      for (const issue of result.error.issues) {
        const target = findNodeAtLocation(node, issue.path as (string | number)[])
        const pos = target ? lineCol(text, target.offset) : at
        const { message, hint } = describeIssue(issue, KNOWN_FIELDS, referenceSchema)
        const label = typeof value.id === 'string' ? `Reference "${value.id}"` : `Reference #${index + 1}`
        findings.push({ file, ...pos, severity: 'error', rule: 'registry/schema', message: `${label}: ${message.replace(/^Field /, 'field ')}`, ...(hint ? { hint } : {}) })
      }
      return
    }
    for (const issue of checkEntry(result.data)) {
      const target = findNodeAtLocation(node, issue.path)
      findings.push({ file, ...(target ? lineCol(text, target.offset) : at), severity: 'error', rule: issue.rule, message: issue.message, hint: issue.hint })
    }
    entries.push({ ref: result.data, ...at })
  })
  return { entries, findings }
}

/**
 * Load every `*.json` file in the registry folder. Duplicate ids are errors that name both places.
 */
export function loadRegistry(dir: string, root: string): Registry {
  const entries = new Map<string, Reference>()
  const where = new Map<string, { file: string; line: number; column: number }>()
  const findings: Finding[] = []
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : []
  for (const name of files) {
    const abs = path.join(dir, name)
    const file = path.relative(root, abs)
    const parsed = parseRegistryFile(fs.readFileSync(abs, 'utf8'), file)
    findings.push(...parsed.findings)
    for (const { ref, line, column } of parsed.entries) {
      const first = where.get(ref.id)
      if (first) {
        findings.push({ file, line, column, severity: 'error', rule: 'registry/duplicate-id', message: `Duplicate reference id "${ref.id}".`, hint: `it is already defined at ${first.file}:${first.line}:${first.column}; give one of them another id.` })
        continue
      }
      entries.set(ref.id, ref)
      where.set(ref.id, { file, line, column })
    }
  }
  return { entries, where, findings }
}
