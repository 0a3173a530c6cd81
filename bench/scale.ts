/**
 * Build-at-scale benchmark. In temporary copies of the project, replace the articles with N
 * synthetic ones made from real paragraphs (with their real citations), build, and report build
 * time, peak memory of the whole build process tree, cost per article, and the bytes of one
 * article page at 1 versus N articles (no page may grow with the number of articles).
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Root, RootContent } from 'mdast'
import { parseContent } from '../lib/content/parse'
import { measureSite, type PageWeight } from './weight'

const root = process.cwd()

/** A small deterministic random generator, so every run builds the same site. */
function rng(seed: number) {
  let s = seed >>> 0
  return () => ((s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32)
}

/** Real cited paragraphs and headings from the articles, links to other articles flattened. */
export function corpus() {
  const dir = path.join(root, 'content/articles')
  const paragraphs: string[] = []
  const headings: string[] = []
  const facts: string[] = []
  for (const name of fs.readdirSync(dir)) {
    const source = fs.readFileSync(path.join(dir, name), 'utf8')
    const tree = parseContent(source, path.join(dir, name)) as Root
    for (const node of tree.children as RootContent[]) {
      const text = node.position ? source.slice(node.position.start.offset, node.position.end.offset) : ''
      if (node.type === 'paragraph' && text.includes('[@') && !text.includes('<')) paragraphs.push(text.replace(/\[([^\]]+)\]\((?!\/glossary\/)[^)]*\)/g, '$1'))
      if (node.type === 'heading' && node.depth === 2) headings.push(text.replace(/^#+\s*/, '').replace(/\s*\[#[^\]]+\]$/, ''))
    }
    for (const m of source.matchAll(/^ {2}- (.+\[@.+)$/gm)) facts.push(m[1]!.replace(/:\s/g, ', '))
  }
  return { paragraphs, headings, facts }
}

const SECTIONS = ['basics', 'how-it-works', 'evidence', 'treatment', 'safety']

/** Review dates that are valid on the day the benchmark runs (reviewed today, due in six months). */
const today = new Date().toISOString().slice(0, 10)
const inSixMonths = new Date(Date.now() + 182 * 24 * 3600 * 1000).toISOString().slice(0, 10)

export function syntheticArticle(i: number, c: ReturnType<typeof corpus>): string {
  const r = rng(i + 1)
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!
  const body: string[] = []
  for (let s = 0; s < 5; s++) {
    body.push(`## ${pick(c.headings)}`, '', pick(c.paragraphs), '', pick(c.paragraphs), '', `### ${pick(c.headings)}`, '', pick(c.paragraphs), '', pick(c.paragraphs), '')
  }
  const n = String(i).padStart(4, '0')
  return `---
title: Synthetic article ${n}
description: A generated article for the build-at-scale benchmark, made of real paragraphs with their real citations.
section: ${SECTIONS[i % SECTIONS.length]}
order: ${(i % 999) + 1}
lastReviewed: ${today}
nextReviewDue: ${inSixMonths}
reviewer: Benchmark generator
keyFacts:
  - "${pick(c.facts).replace(/"/g, "'")}"
  - "${pick(c.facts).replace(/"/g, "'")}"
  - "${pick(c.facts).replace(/"/g, "'")}"
---

${body.join('\n')}
`
}

/** Copy the project (tracked and untracked-but-not-ignored files) with node_modules hard-linked. */
function copyProject(dest: string) {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root }).toString().split('\0').filter(Boolean)
  for (const f of files) {
    if (!fs.existsSync(path.join(root, f))) continue
    fs.mkdirSync(path.dirname(path.join(dest, f)), { recursive: true })
    fs.copyFileSync(path.join(root, f), path.join(dest, f))
  }
  // The bundler will not follow a symlinked node_modules out of the project; hard links are free.
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dest, 'node_modules')])
}

/**
 * Memory of a process and all its descendants (Linux /proc), process by process: proportional
 * set size, so pages shared between the build's processes are not counted once per process.
 */
function treeMemory(pid: number): { bytes: number; name: string }[] {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // the process ended while we looked
    }
  }
  const out: { bytes: number; name: string }[] = []
  const stack = [pid]
  while (stack.length) {
    const p = stack.pop()!
    try {
      const m = /^Pss:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'))
      const cmd = fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0').filter(Boolean)
      const name = cmd.find((a) => /next-build|jest-worker|pool_entry|tsc|check\.ts|postbuild/.test(a))?.replace(/.*\/(node_modules|\.next)\//, '') ?? cmd[0] ?? String(p)
      if (m) out.push({ bytes: Number(m[1]) * 1024, name: name.slice(0, 60) })
    } catch {
      // gone
    }
    stack.push(...(children.get(p) ?? []))
  }
  return out
}

export interface BuildRun {
  articles: number
  seconds: number
  peakBytes: number
  /** The largest processes at the moment of the peak. */
  peakProcesses: { bytes: number; name: string }[]
  page: PageWeight
}

async function buildWith(count: number, c: ReturnType<typeof corpus>): Promise<BuildRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `scale-${count}-`))
  try {
    copyProject(dir)
    const articles = path.join(dir, 'content/articles')
    fs.rmSync(articles, { recursive: true })
    fs.mkdirSync(articles)
    for (let i = 1; i <= count; i++) fs.writeFileSync(path.join(articles, `synthetic-${String(i).padStart(4, '0')}.mdx`), syntheticArticle(i, c))
    const started = performance.now()
    const child = spawn('npm', ['run', 'build'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
    let log = ''
    child.stdout.on('data', (d) => (log += d))
    child.stderr.on('data', (d) => (log += d))
    let peak = 0
    let peakProcesses: { bytes: number; name: string }[] = []
    const timer = setInterval(() => {
      const now = treeMemory(child.pid!)
      const total = now.reduce((sum, p) => sum + p.bytes, 0)
      if (total > peak) [peak, peakProcesses] = [total, now.sort((a, b) => b.bytes - a.bytes).slice(0, 4)]
    }, 200)
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)))
    clearInterval(timer)
    const seconds = (performance.now() - started) / 1000
    if (code !== 0) throw new Error(`build of ${count} articles failed:\n${log.slice(-3000)}`)
    const page = measureSite(path.join(dir, 'out')).find((p) => p.path === '/articles/synthetic-0001/')!
    return { articles: count, seconds, peakBytes: peak, peakProcesses, page }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

export async function runScale(counts = [1, 500, 2000]): Promise<BuildRun[]> {
  const c = corpus()
  const runs: BuildRun[] = []
  for (const n of counts) runs.push(await buildWith(n, c))
  return runs
}

export function scaleTable(runs: BuildRun[]): string {
  const [small, big] = [runs[0]!, runs.at(-1)!]
  const lines = runs.map(
    (r) =>
      `${String(r.articles).padStart(8)} articles: build ${r.seconds.toFixed(1)} s, peak memory ${(r.peakBytes / 2 ** 30).toFixed(2)} GiB; article page HTML ${(r.page.html.gz / 1000).toFixed(1)} KB gz (${(r.page.html.raw / 1000).toFixed(1)} KB raw), JS ${(r.page.js.gz / 1000).toFixed(1)} KB gz`,
  )
  lines.push(`at the ${big.articles}-article peak: ${big.peakProcesses.map((p) => `${p.name} ${(p.bytes / 2 ** 20).toFixed(0)} MiB`).join(', ')}`)
  if (runs.length > 1) {
    lines.push(`per extra article: ${(((big.seconds - small.seconds) / (big.articles - small.articles)) * 1000).toFixed(0)} ms of build time, ${((big.peakBytes - small.peakBytes) / (big.articles - small.articles) / 2 ** 20).toFixed(2)} MiB of peak memory`)
    for (const r of runs.slice(1)) lines.push(`article page, ${small.articles} -> ${r.articles} articles: HTML ${r.page.html.raw - small.page.html.raw >= 0 ? '+' : ''}${r.page.html.raw - small.page.html.raw} bytes raw, JS ${r.page.js.raw - small.page.js.raw >= 0 ? '+' : ''}${r.page.js.raw - small.page.js.raw} bytes raw`)
    const mid = runs.at(-2)!
    if (mid !== small) lines.push(`(from ${small.articles} to ${mid.articles} the page gains its bounded previous/next and related links; from ${mid.articles} to ${big.articles} it should not change)`)
  }
  return lines.join('\n')
}
