import type { VFile } from 'vfile'
import { compareMessage } from 'vfile-sort'

/**
 * A file's messages one per line, the way the pinned expectations are written: place, severity,
 * rule id, reason, and the hint on the next line. (Readers see vfile-reporter's output; tests pin
 * the same facts in a form that fits one string.)
 */
export function lines(file: VFile): string[] {
  return [...file.messages]
    .sort(compareMessage)
    .map((m) => `${file.path}:${m.line ?? 1}:${m.column ?? 1}  ${m.fatal ? 'error' : 'warning'}  ${m.source}/${m.ruleId}  ${m.reason}${m.note ? `\n    hint: ${m.note}` : ''}`)
}
