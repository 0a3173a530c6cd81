import path from 'node:path'
import { loadRegistry, type Registry } from '../citations/registry'
import { fingerprint } from '../fingerprint'
import { CONTENT_DIRS } from './paths'

let cached: { key: string; registry: Registry } | undefined

/** The citation registry, loaded once per process and reloaded when a registry file changes. */
export function getRegistry(root: string): Registry {
  const dir = path.join(root, CONTENT_DIRS.references)
  const key = fingerprint([dir])
  if (cached?.key !== key) cached = { key, registry: loadRegistry(dir, root) }
  return cached.registry
}
