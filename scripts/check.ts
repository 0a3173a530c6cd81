/**
 * npm run check [-- --json] [-- --errors-only]
 * Every content mistake, located (file, line:column, severity, reason, rule id) with a hint for what
 * to do, printed by vfile-reporter; then a summary table per file (words, reading grade for English
 * or reading ease for Spanish, sources, cited share). Exit 1 on any error.
 */
import { reporter } from 'vfile-reporter'
import { checkAll } from '../lib/content/check'
import { summarize } from '../lib/content/summary'

const args = new Set(process.argv.slice(2))
const { files, documents } = checkAll(process.cwd())
const errors = files.flatMap((f) => f.messages.filter((m) => m.fatal))
const summary = summarize(documents)

if (args.has('--json')) {
  const findings = files.flatMap((f) =>
    f.messages
      .filter((m) => m.fatal || !args.has('--errors-only'))
      .map((m) => ({ file: f.path, line: m.line ?? 1, column: m.column ?? 1, severity: m.fatal ? 'error' : 'warning', rule: `${m.source}/${m.ruleId}`, message: m.reason, ...(m.note ? { hint: m.note } : {}) })),
  )
  process.stdout.write(`${JSON.stringify({ findings, summary }, null, 2)}\n`)
} else {
  const withMessages = files.filter((f) => f.messages.length)
  if (withMessages.length) console.log(reporter(withMessages, { verbose: true, quiet: true, silent: args.has('--errors-only') }))
  if (!args.has('--errors-only')) {
    console.table(
      Object.fromEntries(
        summary.map((s) => [
          s.file.replace(/^content\//, ''),
          s.szigriszt === undefined
            ? { words: s.words, 'grade (FK)': s.grade, 'grade (CL)': s.colemanLiau, sources: s.sources, cited: `${s.citedShare}%` }
            : { words: s.words, 'ease (INFLESZ)': s.szigriszt, 'ease (F-H)': s.fernandezHuerta, sources: s.sources, cited: `${s.citedShare}%` },
        ]),
      ),
    )
  }
  const warnings = files.reduce((n, f) => n + f.messages.length, 0) - errors.length
  console.log(`${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`)
}
process.exitCode = errors.length ? 1 : 0
