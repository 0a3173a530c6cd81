/**
 * npm run check [-- --json] [-- --errors-only]
 * Every content mistake, with file:line:column, severity, rule, message and hint. Exit 1 on errors.
 */
import { checkAll } from '../lib/content/check'
import { formatFinding } from '../lib/content/findings'

const args = new Set(process.argv.slice(2))
const root = process.cwd()
const { findings } = checkAll(root)
const errors = findings.filter((f) => f.severity === 'error')
const shown = args.has('--errors-only') ? errors : findings

if (args.has('--json')) {
  process.stdout.write(`${JSON.stringify({ findings: shown }, null, 2)}\n`)
} else {
  for (const f of shown) console.log(`${formatFinding(f)}\n`)
  const warnings = findings.length - errors.length
  console.log(`${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`)
}
process.exitCode = errors.length ? 1 : 0
