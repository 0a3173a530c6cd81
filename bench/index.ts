/**
 * npm run bench [-- weight|lighthouse|scale|serve ...] [-- --check]
 *
 * Figures on demand, never part of npm test:
 *   weight      bytes of every page of the built site, and the budgets
 *   lighthouse  Lighthouse mobile, 3 runs per page, medians (three articles, the longest among them)
 *   scale       build 1, 500 and 2,000 synthetic articles in temporary copies (--articles=1,500 to choose)
 *   serve       20 s load test of the local server
 * With no name, all four run. --check runs `weight` and `lighthouse` and exits non-zero if a
 * budget is broken.
 * Builds the site first if out/ is missing.
 */
import fs from 'node:fs'
import os from 'node:os'
import { spawnSync } from 'node:child_process'
import { LIGHTHOUSE_BUDGETS, lighthouseOverBudget, lighthouseTable, runLighthouse } from './lighthouse'
import { runScale, scaleTable } from './scale'
import { runServe, serveTable } from './serve'
import { BUDGETS, measureSite, overBudget, total, weightTable, type PageWeight } from './weight'

const args = process.argv.slice(2)
const check = args.includes('--check')
const named = args.filter((a) => !a.startsWith('--'))
const want = (name: string) => (check ? name === 'weight' || name === 'lighthouse' : named.length === 0 || named.includes(name))

console.log(`Ketamine Explained benchmarks, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`)

if (!fs.existsSync('out/index.html') && (want('weight') || want('lighthouse') || want('serve'))) {
  console.log('\nNo build in out/: building first…')
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1)
}

let failed = false
if (want('weight')) {
  const pages = measureSite()
  console.log(`\n## Page weight (KB = 1,000 bytes; gzip level 9; JS = the <script src> files a page loads)\n`)
  console.log(weightTable(pages))
  const articles = pages.filter((p) => p.article)
  const max = (f: (p: PageWeight) => number) => (Math.max(...articles.map(f)) / 1000).toFixed(1)
  console.log(`\nArticle pages, largest: HTML ${max((p) => p.html.gz)} KB, JS ${max((p) => p.js.gz)} KB, CSS ${max((p) => p.css.gz)} KB, total ${max((p) => total(p).gz)} KB, all gzip`)
  console.log(`Budgets: article JS ≤ ${BUDGETS.articleJs / 1000} KB, article HTML ≤ ${BUDGETS.html / 1000} KB, CSS ≤ ${BUDGETS.css / 1000} KB (gzip)`)
  const problems = overBudget(pages)
  if (problems.length) {
    failed = true
    console.log(`\nOVER BUDGET:\n${problems.map((p) => `  ${p}`).join('\n')}`)
  } else console.log('All pages are within budget.')
}
if (want('lighthouse')) {
  const { protocol, rows } = await runLighthouse(['/articles/side-effects/', '/articles/treatment-session/', '/articles/ways-ketamine-is-given/', '/es/articles/la-sesion-de-tratamiento/', '/es/articles/efectos-secundarios/'])
  console.log(`\n## Lighthouse (mobile defaults, median of 3 runs, ${protocol}; the longest article and two others, in English; the longest Spanish article and one other)\n`)
  console.log(lighthouseTable(rows))
  const b = LIGHTHOUSE_BUDGETS
  console.log(`Budgets: performance ${b.performance}, LCP ≤ ${b.lcpMs} ms, TBT ≤ ${b.tbtMs} ms (medians)`)
  const problems = lighthouseOverBudget(rows)
  if (problems.length) {
    failed = true
    console.log(`\nOVER BUDGET:\n${problems.map((p) => `  ${p}`).join('\n')}`)
  } else console.log('All measured pages are within budget.')
}
if (want('scale')) {
  console.log('\n## Build at scale (synthetic articles from real cited paragraphs; memory = PSS of all build processes)\n')
  const counts = args.find((a) => a.startsWith('--articles='))?.slice('--articles='.length)
  console.log(scaleTable(await runScale(counts ? counts.split(',').map(Number) : undefined)))
}
if (want('serve')) {
  console.log('\n## Serving (npm start server, 127.0.0.1)\n')
  const paths = ['/', '/articles/', '/articles/side-effects/', '/articles/how-well-does-it-work/', '/glossary/', '/references/', '/search/', '/help/', '/no-such-page/']
  console.log(serveTable(await runServe(paths)))
}
process.exitCode = failed ? 1 : 0
