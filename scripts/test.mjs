/**
 * npm test: every check, in the order a failure is cheapest to find.
 *   1. content check (npm run check)   2. unit and render tests (vitest)
 *   3. production build (npm run build) 4. browser tests in real Chromium (Playwright)
 * Ends with one line CI reads: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const results = { passed: 0, failed: 0 }
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0
const step = (title) => console.log(`\n=== ${title} ===\n`)
const readJson = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined)
fs.rmSync('test-results', { recursive: true, force: true })

step('Content check')
if (run('npx', ['tsx', 'scripts/check.ts'])) results.passed++
else results.failed++

step('Unit and render tests')
run('npx', ['vitest', 'run', '--configLoader', 'runner', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'])
const unit = readJson('test-results/unit.json')
if (unit) {
  results.passed += unit.numPassedTests
  results.failed += unit.numFailedTests + (unit.numFailedTestSuites ?? 0)
} else results.failed++

step('Production build')
const built = run('npm', ['run', 'build'])
if (built) results.passed++
else results.failed++

step('Browser tests')
if (built) {
  run('npx', ['playwright', 'test'])
  const e2e = readJson('test-results/e2e.json')
  if (e2e) {
    results.passed += e2e.stats.expected + (e2e.stats.flaky ?? 0)
    results.failed += e2e.stats.unexpected
  } else results.failed++
} else {
  console.log('Skipped: the build failed.')
  results.failed++
}

console.log(`\n${results.passed} passed, ${results.failed} failed`)
process.exitCode = results.failed ? 1 : 0
