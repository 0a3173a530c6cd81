/**
 * npm start: build the site if out/ is missing or older than its sources, then serve it on
 * http://127.0.0.1:3000/ (PORT to change).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { startServer } from './serve'

const root = process.cwd()
const SOURCES = ['app', 'components', 'content', 'lib', 'public', 'scripts', 'mdx-components.tsx', 'next.config.ts', 'tailwind.config.ts', 'package.json']

function newest(p: string): number {
  if (!fs.existsSync(p)) return 0
  const stat = fs.statSync(p)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...fs.readdirSync(p).map((n) => newest(path.join(p, n))))
}

const built = path.join(root, 'out', 'index.html')
const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0
if (Math.max(...SOURCES.map((s) => newest(path.join(root, s)))) > builtAt) {
  console.log(builtAt ? 'Sources changed since the last build: rebuilding…' : 'No build yet: building the site…')
  const run = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' })
  if (run.status !== 0) process.exit(run.status ?? 1)
}
const port = Number(process.env.PORT ?? 3000)
await startServer({ dir: path.join(root, 'out'), port })
console.log(`Ketamine Explained is running at http://127.0.0.1:${port}/ (Ctrl+C to stop)`)
