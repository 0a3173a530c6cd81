import fs from 'node:fs'
import path from 'node:path'

/**
 * A cheap fingerprint of files and folders (names and modification times), so per-process caches
 * of content can tell when a long-running dev server's files have changed.
 */
export function fingerprint(paths: string[]): string {
  return paths
    .map((p) => {
      if (!fs.existsSync(p)) return `${p}:-`
      const stat = fs.statSync(p)
      if (!stat.isDirectory()) return `${p}:${stat.mtimeMs}`
      return `${p}:${fs
        .readdirSync(p)
        .sort()
        .map((n) => `${n}@${fs.statSync(path.join(p, n)).mtimeMs}`)
        .join(',')}`
    })
    .join('|')
}
