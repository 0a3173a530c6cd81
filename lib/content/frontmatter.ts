import matter from 'gray-matter'
import YAML, { LineCounter, isMap, isScalar, type Document, type Node as YamlNode } from 'yaml'
import type { z } from 'zod'
import { didYouMean } from '../suggest'

export interface ParsedFrontmatter {
  /** Whether the file starts with a `---` frontmatter block at all. */
  present: boolean
  /** Raw YAML values (unvalidated). */
  data: Record<string, unknown>
  /** The MDX body after the closing `---`. */
  body: string
  /**
   * Locate a field path (e.g. ["keyFacts", 2]) as a 1-based line and column in the file: its value,
   * or with `key: true` the field name itself (for unknown fields).
   */
  locate(path: PropertyKey[], options?: { key?: boolean }): { line: number; column: number }
  /** YAML syntax errors, located. Empty when the YAML parsed. */
  syntaxErrors: { line: number; column: number; message: string; hint: string }[]
}

/**
 * Split a file into frontmatter and body with gray-matter, parsing the YAML once with `yaml`
 * (YAML 1.2, so `2026-01-05` stays the text the editor wrote, not a Date) and keeping that one
 * document for positions, so every problem can name its line.
 */
export function parseFrontmatter(source: string): ParsedFrontmatter {
  const lineCounter = new LineCounter()
  let doc: Document.Parsed | undefined
  const parsed = matter(source, {
    engines: {
      yaml: (text: string) => {
        doc = YAML.parseDocument(text.replace(/^\r?\n/, ''), { lineCounter, prettyErrors: false })
        return (doc.errors.length ? {} : (doc.toJS() ?? {})) as object
      },
    },
  })
  const hasMatter = /^---\r?\n/.test(source)
  const syntaxErrors: ParsedFrontmatter['syntaxErrors'] = []
  // Line 1 is the opening `---`, so YAML line n is file line n + 1.
  const offset = 1
  // Later YAML errors usually follow from the first, so report that one only.
  for (const err of doc?.errors.slice(0, 1) ?? []) {
    const pos = lineCounter.linePos(err.pos[0])
    syntaxErrors.push({
      line: pos.line + offset,
      column: pos.col,
      message: `Frontmatter is not valid YAML: ${err.message.split('\n')[0]}`,
      hint: 'check indentation, and put quotes around text that contains a colon.',
    })
  }
  const locate = (path: PropertyKey[], options: { key?: boolean } = {}) => {
    let node: YamlNode | null = (doc?.contents as YamlNode | null) ?? null
    let keyNode: YamlNode | null = null
    for (const seg of path) {
      if (!node) break
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === seg)
        if (!pair) break
        keyNode = pair.key as YamlNode
        node = (pair.value as YamlNode | null) ?? keyNode
      } else if ('items' in node && Array.isArray((node as { items: unknown[] }).items) && typeof seg === 'number') {
        const item = (node as { items: YamlNode[] }).items[seg]
        if (!item) break
        node = item
        keyNode = null
      } else break
    }
    const target = options.key && keyNode ? keyNode : node && node !== doc?.contents ? node : keyNode
    if (!target?.range) return { line: 1, column: 1 }
    const pos = lineCounter.linePos(target.range[0])
    return { line: pos.line + offset, column: pos.col }
  }
  return { present: hasMatter, data: (parsed.data ?? {}) as Record<string, unknown>, body: parsed.content, locate, syntaxErrors }
}

function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing'
  if (v === null) return 'an empty value'
  if (typeof v === 'string') return `"${v.length > 60 ? `${v.slice(0, 57)}...` : v}"`
  if (Array.isArray(v)) return `a list of ${v.length}`
  if (typeof v === 'object') return 'a group of fields'
  return `${typeof v === 'number' ? 'the number' : typeof v} ${String(v)}`
}

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
}

function fieldName(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('')
}

const DATE_WORDS = 'a date written YYYY-MM-DD (for example 2026-11-21)'

/** Walk a schema along a path, unwrapping optional/default, to say what a missing value should be. */
function expectedAt(schema: z.ZodType | undefined, path: PropertyKey[]): string | undefined {
  let node = schema as { _zod?: { def: Record<string, unknown> } } | undefined
  for (const seg of path) {
    while (node?._zod && ['optional', 'default', 'nullable'].includes(node._zod.def.type as string)) node = node._zod.def.innerType as typeof node
    const def = node?._zod?.def
    if (def?.type === 'object') node = (def.shape as Record<string, typeof node>)[String(seg)]
    else if (def?.type === 'array') node = def.element as typeof node
    else return undefined
  }
  while (node?._zod && ['optional', 'default', 'nullable'].includes(node._zod.def.type as string)) node = node._zod.def.innerType as typeof node
  const def = node?._zod?.def
  if (!def) return undefined
  if (def.type === 'string' && def.format === 'date') return DATE_WORDS
  if (def.type === 'array') return 'a list'
  if (def.type === 'number') return 'a number'
  return undefined
}

/** Plain-words "expected …, found …" for one zod issue. */
export function describeIssue(issue: z.core.$ZodIssue, knownKeys: string[] = [], schema?: z.ZodType): { message: string; hint?: string } {
  const field = fieldName(issue.path)
  const expected = expectedAt(schema, issue.path)
  const input = (issue as { input?: unknown }).input
  const found = describeValue(input)
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return { message: `Missing required field "${field}" (expected ${expected ?? typeWords[issue.expected] ?? issue.expected}).` }
      return {
        message: `Field "${field}": expected ${typeWords[issue.expected] ?? issue.expected}, found ${found}.`,
        // The usual cause: "text: more text" reads as a field and its value in YAML.
        ...(issue.expected === 'string' && input !== null && typeof input === 'object' ? { hint: 'a colon followed by a space starts a new field in YAML: put the whole text in double quotes, or rephrase without ": ".' } : {}),
      }
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big'
      const limit = big ? (issue as z.core.$ZodIssueTooBig).maximum : (issue as z.core.$ZodIssueTooSmall).minimum
      const bound = big ? 'at most' : 'at least'
      if (issue.origin === 'string') {
        const len = typeof input === 'string' ? input.length : 0
        return { message: `Field "${field}": expected ${bound} ${limit} characters, found ${len}.` }
      }
      if (issue.origin === 'array') {
        const len = Array.isArray(input) ? input.length : 0
        return { message: `Field "${field}": expected ${bound} ${limit} items, found ${len}.` }
      }
      return { message: `Field "${field}": expected a number ${bound} ${limit}, found ${found}.` }
    }
    case 'invalid_value': {
      const values = issue.values.map(String)
      if (input === undefined) return { message: `Missing required field "${field}" (expected one of ${values.join(', ')}).` }
      return {
        message: `Field "${field}": expected one of ${values.join(', ')}; found ${found}.`,
        hint: typeof input === 'string' ? didYouMean(input, values) : undefined,
      }
    }
    case 'invalid_format':
      if (issue.format === 'date') return { message: `Field "${field}": expected ${DATE_WORDS}, found ${found}.` }
      if (issue.format === 'regex') return { message: `Field "${field}": expected ${issue.message}, found ${found}.` }
      if (issue.format === 'url') return { message: `Field "${field}": expected a full web address starting with https://, found ${found}.` }
      return { message: `Field "${field}": expected ${issue.format} format, found ${found}.` }
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? ''
      return {
        message: `Unknown field "${[...issue.path.map(String), key].join('.')}" (not in the schema).`,
        hint: didYouMean(key, knownKeys) ?? 'the fields are documented in lib/content/schema.ts.',
      }
    }
    case 'custom':
      return { message: `Field "${field}": expected ${issue.message}, found ${found}.` }
    default:
      return { message: `Field "${field}": ${issue.message}.` }
  }
}

/** One frontmatter problem, located: a YAML syntax error, or a field the schema rejects. */
export interface FrontmatterProblem {
  kind: 'yaml' | 'schema'
  line: number
  column: number
  message: string
  hint?: string
}

/**
 * Validate parsed frontmatter against a schema and locate each problem. Returns the typed data
 * when valid.
 */
export function validateFrontmatter<S extends z.ZodType>(schema: S, fm: ParsedFrontmatter, knownKeys: string[]): { data?: z.output<S>; problems: FrontmatterProblem[] } {
  const problems: FrontmatterProblem[] = fm.syntaxErrors.map((e) => ({ kind: 'yaml', ...e }))
  if (problems.length) return { problems }
  const result = schema.safeParse(fm.data, { reportInput: true })
  if (result.success) return { data: result.data, problems }
  for (const issue of result.error.issues) {
    // For an unknown key, point at the key itself rather than the object holding it.
    const unknown = issue.code === 'unrecognized_keys'
    const { line, column } = fm.locate(unknown ? [...issue.path, issue.keys[0] ?? ''] : issue.path, { key: unknown })
    const { message, hint } = describeIssue(issue, knownKeys, schema)
    problems.push({ kind: 'schema', line, column, message, ...(hint ? { hint } : {}) })
  }
  return { problems }
}
