/**
 * npm run dev: the browser script rebuilt on every change (scripts/bundle-browser.mjs) and Next's
 * dev server (webpack, as the build uses), so an editor previews exactly what readers get.
 * Arguments go to `next dev` (e.g. npm run dev -- -p 4000).
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import * as esbuild from 'esbuild'
import { options } from './bundle-browser.mjs'

const bundler = await esbuild.context(options)
await bundler.rebuild()
await bundler.watch()
const next = spawn(path.join('node_modules', '.bin', 'next'), ['dev', '--webpack', ...process.argv.slice(2)], { stdio: 'inherit' })
const stop = () => next.kill('SIGTERM')
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
next.on('exit', async (code) => {
  await bundler.dispose()
  process.exit(code ?? 0)
})
