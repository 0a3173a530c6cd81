/**
 * npm run build: every step that turns content into the static site in out/, in order, each
 * one stopping the build if it fails.
 *   1. the content check (the same rules as npm run check; errors stop here, located);
 *   2. the TypeScript check;
 *   3. the browser script (browser/ bundled into public/enhance.js);
 *   4. next build with webpack (static export; MDX goes through the same remark plugin as the check);
 *   5. the framework's runtime stripped from every page, search index and security headers
 *      (scripts/postbuild.ts).
 * Plain Node on purpose: this process stays alive for the whole build, so it should be small.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const root = process.cwd()
const bin = (name) => path.join(root, 'node_modules', '.bin', name)

/** Run one step; stop the build if it fails. */
function run(title, cmd, args, env = {}) {
  const started = performance.now()
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } })
  if (result.status !== 0) {
    console.error(`\nBuild stopped: ${title} failed.`)
    process.exit(result.status ?? 1)
  }
  console.log(`${title}: ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

run('Content check', bin('tsx'), ['scripts/check.ts', '--errors-only'])
run('Type check', bin('tsc'), ['--noEmit', '--incremental', 'false'])

run('Browser script', process.execPath, ['scripts/bundle-browser.mjs'])
run('Next build', bin('next'), ['build', '--webpack'])
run('Plain HTML, search index and headers', bin('tsx'), ['scripts/postbuild.ts'])
