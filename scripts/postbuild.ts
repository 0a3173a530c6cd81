/**
 * After `next build`: index out/ for search with Pagefind (its Node API, offline). Only the
 * regions marked data-pagefind-body (articles and pages) are indexed.
 */
import path from 'node:path'
import * as pagefind from 'pagefind'

const out = path.resolve('out')
// Page furniture repeated on every page stays out of the index and out of result excerpts.
const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.cite', '.copy-link', 'section[aria-labelledby="references"]'] })
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
const added = await index.addDirectory({ path: out })
if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') })
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
await pagefind.close()
console.log(`Search index: ${added.page_count} pages`)
