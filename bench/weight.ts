/**
 * Page weight of the built site: HTML, CSS and JavaScript for every page, raw and gzip, with the
 * JavaScript a page loads split into ours and the framework's, and the budgets they must meet.
 */
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import zlib from 'node:zlib'
import { htmlFiles, urlPathOf } from '../lib/static-export'

export interface Bytes {
  raw: number
  gz: number
}
export interface PageWeight {
  path: string
  article: boolean
  html: Bytes
  css: Bytes
  /** Scripts a modern browser loads (`<script src>`, not `noModule`). */
  js: Bytes
  /** Of `js`: our own client components, module by module. */
  ownJs: Bytes
  /** `noModule` polyfills: only old browsers fetch them. */
  noModule: Bytes
}

/** 1 KB = 1,000 bytes throughout (the stricter reading of the budgets). */
export const BUDGETS = { articleJs: 140_000, ownJs: 10_000, css: 15_000, html: 30_000 }

const gz = (buf: Buffer | string) => zlib.gzipSync(buf, { level: 9 }).length
const bytes = (buf: Buffer | string): Bytes => ({ raw: Buffer.byteLength(buf), gz: gz(buf) })
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gz: a.gz + b.gz })
const ZERO: Bytes = { raw: 0, gz: 0 }

/** Module ids of our own client components, from the build's client-reference manifests. */
function ownModuleIds(nextDir: string, root: string): Set<string> {
  // webpack names a module by its absolute path, Turbopack by "[project]/…".
  const ours = (name: string) => (name.startsWith('[project]/') || name.startsWith(root + path.sep)) && !name.includes('node_modules')
  const ids = new Set<string>()
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name)
      if (e.isDirectory()) walk(full)
      else if (e.name.endsWith('client-reference-manifest.js')) {
        const sandbox: { globalThis?: unknown; self?: unknown; __RSC_MANIFEST?: Record<string, { clientModules: Record<string, { id: string | number }> }> } = {}
        sandbox.globalThis = sandbox
        sandbox.self = sandbox
        vm.runInNewContext(fs.readFileSync(full, 'utf8'), sandbox)
        for (const manifest of Object.values(sandbox.__RSC_MANIFEST ?? {}))
          for (const [name, mod] of Object.entries(manifest.clientModules)) if (ours(name)) ids.add(String(mod.id))
      }
    }
  }
  walk(path.join(nextDir, 'server', 'app'))
  return ids
}

/** The modules in one client chunk (webpack's or Turbopack's format), by id, with their source text. */
const chunkModules = new Map<string, Map<string, string>>()
function modulesOf(file: string): Map<string, string> {
  const hit = chunkModules.get(file)
  if (hit) return hit
  const modules = new Map<string, string>()
  const pushed: unknown[][] = []
  const queue = { push: (a: unknown[]) => pushed.push(a) }
  const sandbox: Record<string, unknown> = { TURBOPACK: queue, webpackChunk_N_E: queue, document: undefined }
  sandbox.globalThis = sandbox
  sandbox.self = sandbox
  try {
    vm.runInNewContext(fs.readFileSync(file, 'utf8'), sandbox)
  } catch {
    // Runtime chunks do more than register modules; they hold none of ours.
  }
  for (const entry of pushed) {
    // webpack: [chunk ids, { id: factory }]; Turbopack: [chunk, id, factory, id, factory, …].
    const table = entry[1]
    if (table && typeof table === 'object') for (const [id, factory] of Object.entries(table)) modules.set(id, String(factory))
    else for (let i = 1; i + 1 < entry.length; i += 2) if (typeof entry[i + 1] === 'function') modules.set(String(entry[i]), String(entry[i + 1]))
  }
  chunkModules.set(file, modules)
  return modules
}

/** Weigh every page of the static export. */
export function measureSite(outDir = 'out', nextDir = '.next'): PageWeight[] {
  const out = path.resolve(outDir)
  const own = ownModuleIds(path.resolve(nextDir), path.dirname(path.resolve(nextDir)))
  return htmlFiles(out)
    .map((file) => {
      const html = fs.readFileSync(file, 'utf8')
      const rel = urlPathOf(out, file).replace(/index\.html$/, '')
      let js = ZERO
      let ownJs = ZERO
      let noModule = ZERO
      for (const m of html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"[^>]*>/g)) {
        const chunk = path.join(out, decodeURIComponent(m[2]!))
        if (!fs.existsSync(chunk)) continue
        const weight = bytes(fs.readFileSync(chunk))
        if (/\bnoModule\b/i.test(m[1]! + m[0])) noModule = add(noModule, weight)
        else {
          js = add(js, weight)
          for (const [id, source] of modulesOf(chunk)) if (own.has(id)) ownJs = add(ownJs, bytes(source))
        }
      }
      let css = ZERO
      for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
        const sheet = path.join(out, decodeURIComponent(m[1]!))
        if (fs.existsSync(sheet)) css = add(css, bytes(fs.readFileSync(sheet)))
      }
      return { path: rel, article: /^\/articles\/[^/]+\/$/.test(rel), html: bytes(html), css, js, ownJs, noModule }
    })
    .sort((a, b) => a.path.localeCompare(b.path))
}

/** Each budget a page breaks, in words. JS and HTML budgets apply to article pages. */
export function overBudget(pages: PageWeight[]): string[] {
  const problems: string[] = []
  const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`
  for (const p of pages) {
    if (p.ownJs.gz > BUDGETS.ownJs) problems.push(`${p.path}: our own JS ${kb(p.ownJs.gz)} gzip > ${kb(BUDGETS.ownJs)}`)
    if (p.css.gz > BUDGETS.css) problems.push(`${p.path}: CSS ${kb(p.css.gz)} gzip > ${kb(BUDGETS.css)}`)
    if (!p.article) continue
    if (p.js.gz > BUDGETS.articleJs) problems.push(`${p.path}: JS ${kb(p.js.gz)} gzip > ${kb(BUDGETS.articleJs)}`)
    if (p.html.gz > BUDGETS.html) problems.push(`${p.path}: HTML ${kb(p.html.gz)} gzip > ${kb(BUDGETS.html)}`)
  }
  return problems
}

/** A fixed-width table of the figures (KB = 1,000 bytes, gzip level 9). */
export function weightTable(pages: PageWeight[]): string {
  const kb = (n: number) => (n / 1000).toFixed(1).padStart(7)
  const head = `${'page'.padEnd(42)} ${'HTML raw'.padStart(9)} ${'HTML gz'.padStart(8)} ${'CSS gz'.padStart(7)} ${'JS raw'.padStart(8)} ${'JS gz'.padStart(7)} ${'ours gz'.padStart(8)} ${'ours %'.padStart(7)} ${'noModule gz'.padStart(12)}`
  const rows = pages.map(
    (p) =>
      `${p.path.padEnd(42)} ${kb(p.html.raw).padStart(9)} ${kb(p.html.gz).padStart(8)} ${kb(p.css.gz)} ${kb(p.js.raw).padStart(8)} ${kb(p.js.gz)} ${kb(p.ownJs.gz).padStart(8)} ${`${p.js.gz ? ((p.ownJs.gz / p.js.gz) * 100).toFixed(1) : '0.0'}%`.padStart(7)} ${kb(p.noModule.gz).padStart(12)}`,
  )
  return [head, ...rows].join('\n')
}
