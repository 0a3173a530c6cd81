import fs from 'node:fs'
import path from 'node:path'
import { loadRegistry, type Registry } from '../citations/registry'
import { CONTENT_DIRS } from './paths'

let cached: { key: string; registry: Registry } | undefined

/** A fingerprint of the registry folder, so a long-running dev server notices edits. */
function signature(dir: string): string {
  if (!fs.existsSync(dir)) return 'none'
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${f}:${fs.statSync(path.join(dir, f)).mtimeMs}`)
    .join('|')
}

/** The citation registry, loaded once per process and reloaded when a registry file changes. */
export function getRegistry(root: string): Registry {
  const dir = path.join(root, CONTENT_DIRS.references)
  const key = `${dir}#${signature(dir)}`
  if (cached?.key !== key) cached = { key, registry: loadRegistry(dir, root) }
  return cached.registry
}
