import fs from 'node:fs'
import path from 'node:path'

/** Every HTML page of the static export (framework assets and the search index excluded). */
export function htmlFiles(outDir: string): string[] {
  return fs.readdirSync(outDir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(outDir, e.name)
    if (e.isDirectory()) return e.name === '_next' || e.name === 'pagefind' ? [] : htmlFiles(full)
    return e.name.endsWith('.html') ? [full] : []
  })
}

/** The URL path a file of the export is served at (`/x/index.html` is also `/x/`). */
export function urlPathOf(outDir: string, file: string): string {
  return `/${path.relative(outDir, file).split(path.sep).join('/')}`
}
