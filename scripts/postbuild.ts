/**
 * After `next build`, on the static export in out/:
 *   1. index it for search with Pagefind (its Node API, offline);
 *   2. write each page's Content-Security-Policy (hashing the inline scripts the framework
 *      emitted) and the shared security headers, from lib/security/headers.ts, as out/_headers
 *      (Netlify, Cloudflare Pages; also what `npm start` serves) and out/_csp.nginx.map (nginx).
 */
import fs from 'node:fs'
import path from 'node:path'
import * as pagefind from 'pagefind'
import { contentSecurityPolicy, headersFile } from '../lib/security/headers'
import { htmlFiles, urlPathOf } from '../lib/static-export'

const out = path.resolve('out')

// Page furniture repeated on every page stays out of the index and out of result excerpts.
const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.cite', '.copy-link', 'section[aria-labelledby="references"]'] })
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
const added = await index.addDirectory({ path: out })
if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') })
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
await pagefind.close()

const pages = htmlFiles(out).flatMap((file) => {
  const rel = urlPathOf(out, file)
  const csp = contentSecurityPolicy(fs.readFileSync(file, 'utf8'))
  // A page is reached both as /x/ and /x/index.html.
  return rel.endsWith('/index.html') ? [{ path: rel.slice(0, -'index.html'.length), csp }, { path: rel, csp }] : [{ path: rel, csp }]
})
fs.writeFileSync(path.join(out, '_headers'), headersFile(pages))
fs.writeFileSync(path.join(out, '_csp.nginx.map'), pages.map((p) => `${p.path} "${p.csp}";`).join('\n') + '\n')
console.log(`Search index: ${added.page_count} pages. Security headers: ${pages.length} paths.`)
