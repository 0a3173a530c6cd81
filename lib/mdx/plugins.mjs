import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The remark plugins every content file goes through, as module names (or an absolute path for
 * ours) with JSON options: the form @next/mdx needs under Turbopack. `npm run check` builds its
 * parser from the same syntax plugins (a test keeps the two lists in step).
 *
 * @param {string} root absolute project root
 * @param {'build' | 'check'} [mode]
 * @returns {[string, object][]}
 */
export function remarkPlugins(root, mode = 'build') {
  return [
    ['remark-frontmatter', ['yaml']],
    ['remark-gfm', {}],
    [path.join(path.dirname(fileURLToPath(import.meta.url)), 'remark-content.mjs'), { root, mode }],
  ]
}
