/**
 * A finding is one problem in one place. Every rule, the build and `npm run check` speak this
 * shape, so an editor sees the same words wherever a mistake is caught.
 */
export type Severity = 'error' | 'warning'

export interface Finding {
  /** Path relative to the project root, e.g. content/articles/side-effects.mdx */
  file: string
  line: number
  column: number
  severity: Severity
  /** Stable rule id, e.g. "cite/unknown-key"; documented in docs/editing.md. */
  rule: string
  message: string
  /** What to do about it: nearest known keys, headings that exist, and so on. */
  hint?: string
}

/** `file:line:column  severity  rule  message` and an indented hint, one finding per block. */
export function formatFinding(f: Finding): string {
  const head = `${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.rule}  ${f.message}`
  return f.hint ? `${head}\n    hint: ${f.hint}` : head
}

/** Sort by file, then position, so output is stable and reads top to bottom. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  )
}

/**
 * Thrown when content cannot be published. Its message lists every error, located, so a failed
 * build says everything that is wrong at once rather than one problem per run.
 */
export class ContentError extends Error {
  readonly findings: Finding[]
  constructor(findings: Finding[]) {
    const errors = sortFindings(findings.filter((f) => f.severity === 'error'))
    const n = errors.length
    super(`${n} content error${n === 1 ? '' : 's'}:\n\n${errors.map(formatFinding).join('\n\n')}\n`)
    this.name = 'ContentError'
    this.findings = errors
  }
}

/** Throw a ContentError when any finding is an error. */
export function assertNoErrors(findings: Finding[]): void {
  if (findings.some((f) => f.severity === 'error')) throw new ContentError(findings)
}
