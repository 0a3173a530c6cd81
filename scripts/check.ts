/**
 * npm run check [-- --json] [-- --errors-only]
 * Every content mistake, with file:line:column, severity, rule, message and hint, then a summary
 * table per file (words, reading grade, sources, cited share). Exit 1 on any error.
 */
import { checkAll } from '../lib/content/check'
import { formatFinding } from '../lib/content/findings'
import { summarize } from '../lib/content/summary'

const args = new Set(process.argv.slice(2))
const { findings, documents } = checkAll(process.cwd())
const errors = findings.filter((f) => f.severity === 'error')
const shown = args.has('--errors-only') ? errors : findings
const summary = summarize(documents)

if (args.has('--json')) {
  process.stdout.write(`${JSON.stringify({ findings: shown, summary }, null, 2)}\n`)
} else {
  for (const f of shown) console.log(`${formatFinding(f)}\n`)
  if (!args.has('--errors-only')) {
    console.table(
      Object.fromEntries(
        summary.map((s) => [s.file.replace(/^content\//, ''), { words: s.words, 'grade (FK)': s.grade, 'grade (CL)': s.colemanLiau, sources: s.sources, cited: `${s.citedShare}%` }]),
      ),
    )
  }
  const warnings = findings.length - errors.length
  console.log(`${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`)
}
process.exitCode = errors.length ? 1 : 0
