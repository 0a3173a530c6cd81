import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * The address of a file in public/ with a version from its content (`/enhance.js?v=…`), so a
 * cache may keep it as long as it likes and still never serves an old copy after a change.
 */
export function versioned(file: string, root = process.cwd()): string {
  try {
    const hash = createHash('sha256').update(fs.readFileSync(path.join(root, 'public', file))).digest('hex').slice(0, 10)
    return `${file}?v=${hash}`
  } catch {
    return file // not bundled yet (a render test): the address alone still works
  }
}
