/**
 * After `next build`, on the static export in out/:
 *   1. index it for search with Pagefind (its Node API, offline);
 *   2. plain HTML: remove the framework's scripts, flight data and script preloads, and the
 *      attributes only the build reads (Pagefind's, now that the index is written), from every
 *      page, and delete the files only the runtime reads (lib/plain-html.ts); a script it cannot
 *      classify stops the build, naming the page;
 *   3. write the security headers, Content-Security-Policy included, from lib/security/headers.ts
 *      as out/_headers (Netlify, Cloudflare Pages; also what `npm start` serves) and
 *      out/_headers.nginx (nginx).
 */
import fs from 'node:fs'
import path from 'node:path'
import * as pagefind from 'pagefind'
import { isFrameworkFile, plainHtml, UnknownScript } from '../lib/plain-html'
import { headersFile, nginxHeaders } from '../lib/security/headers'
import { htmlFiles } from '../lib/static-export'
import { LOCALE_INFO, LOCALES, SOURCE_LOCALE } from '../lib/i18n/locales'

const out = path.resolve('out')

// Each translation's 404 page is built as a route (app/(es)/es/404/); hosts look for <prefix>/404.html.
for (const lang of LOCALES.filter((l) => l !== SOURCE_LOCALE)) {
  const dir = path.join(out, LOCALE_INFO[lang].prefix, '404')
  const page = path.join(out, LOCALE_INFO[lang].prefix, '404.html')
  if (fs.existsSync(path.join(dir, 'index.html'))) {
    fs.renameSync(path.join(dir, 'index.html'), page)
    fs.rmSync(dir, { recursive: true })
  } else if (!fs.existsSync(page)) throw new Error(`No 404 page for ${lang}: expected ${path.relative(process.cwd(), dir)}/index.html`)
}

// Page furniture repeated on every page stays out of the index and out of result excerpts.
const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.cite', '.copy-link', 'section[aria-labelledby="references"]'] })
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
const added = await index.addDirectory({ path: out })
if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') })
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
await pagefind.close()

let removedScripts = 0
for (const file of htmlFiles(out)) {
  try {
    const { html, removed } = plainHtml(fs.readFileSync(file, 'utf8'))
    fs.writeFileSync(file, html)
    removedScripts += removed
  } catch (error) {
    if (!(error instanceof UnknownScript)) throw error
    console.error(`${path.relative(process.cwd(), file)}: ${error.message}\nAdd it to lib/plain-html.ts (classifyScript) if it is meant to be there.`)
    process.exit(1)
  }
}
let removedFiles = 0
for (const entry of fs.readdirSync(out, { recursive: true, withFileTypes: true })) {
  const full = path.join(entry.parentPath, entry.name)
  if (entry.isFile() && isFrameworkFile(path.relative(out, full).split(path.sep).join('/'))) {
    fs.rmSync(full)
    removedFiles++
  }
}

fs.writeFileSync(path.join(out, '_headers'), headersFile())
fs.writeFileSync(path.join(out, '_headers.nginx'), nginxHeaders())
console.log(`Plain HTML: ${removedScripts} framework scripts and ${removedFiles} framework files removed. Search index: ${added.page_count} pages. Security headers: out/_headers, out/_headers.nginx.`)
