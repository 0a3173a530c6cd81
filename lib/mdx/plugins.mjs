import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const libDir = path.dirname(here)

/**
 * A hash of lib/'s source. Our plugin's TypeScript is loaded outside the bundler's module graph,
 * so the bundler cannot see when it changes; passing this hash as a plugin option makes any change
 * to the pipeline invalidate previously compiled MDX.
 */
function libVersion() {
  const hash = crypto.createHash('sha256')
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.(ts|mjs)$/.test(entry.name)) hash.update(entry.name).update(fs.readFileSync(full))
    }
  }
  walk(libDir)
  return hash.digest('hex').slice(0, 16)
}

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
    // npm run build points REMARK_CONTENT_BUNDLE at a plain-JavaScript bundle of the plugin;
    // elsewhere (dev, tests) remark-content.mjs loads the TypeScript through tsx.
    [process.env.REMARK_CONTENT_BUNDLE ?? path.join(here, 'remark-content.mjs'), { root, mode, libVersion: libVersion() }],
  ]
}
