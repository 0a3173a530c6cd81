/**
 * Lighthouse (mobile defaults: emulated mid-range phone, simulated slow 4G) against the local
 * static server, several runs per page, medians reported.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { startServer } from '../scripts/serve'

export const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export interface LighthouseRow {
  path: string
  performance: number
  lcpMs: number
  tbtMs: number
  cls: number
  totalKB: number
  accessibility: number
  bestPractices: number
  seo: number
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

export async function runLighthouse(paths: string[], runs = 3, port = 4321): Promise<LighthouseRow[]> {
  const server = await startServer({ dir: 'out', port })
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS })
  const rows: LighthouseRow[] = []
  try {
    // One unmeasured run first: a fresh browser's first load is not representative.
    await lighthouse(`http://127.0.0.1:${port}/`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })
    for (const path of paths) {
      const samples: LighthouseRow[] = []
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        })
        const lhr = result!.lhr
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN
        samples.push({
          path,
          performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          lcpMs: audit('largest-contentful-paint'),
          tbtMs: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
          totalKB: audit('total-byte-weight') / 1000,
          accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
          bestPractices: Math.round((lhr.categories['best-practices']?.score ?? 0) * 100),
          seo: Math.round((lhr.categories.seo?.score ?? 0) * 100),
        })
      }
      const pick = (k: keyof LighthouseRow) => median(samples.map((s) => s[k] as number))
      rows.push({ path, performance: pick('performance'), lcpMs: pick('lcpMs'), tbtMs: pick('tbtMs'), cls: pick('cls'), totalKB: pick('totalKB'), accessibility: pick('accessibility'), bestPractices: pick('bestPractices'), seo: pick('seo') })
    }
  } finally {
    chrome.kill()
    server.close()
  }
  return rows
}

export function lighthouseTable(rows: LighthouseRow[]): string {
  const head = `${'page'.padEnd(36)} ${'perf'.padStart(5)} ${'LCP ms'.padStart(7)} ${'TBT ms'.padStart(7)} ${'CLS'.padStart(6)} ${'total KB'.padStart(9)} ${'a11y'.padStart(5)} ${'best pr.'.padStart(8)} ${'SEO'.padStart(4)}`
  return [head, ...rows.map((r) => `${r.path.padEnd(36)} ${String(r.performance).padStart(5)} ${r.lcpMs.toFixed(0).padStart(7)} ${r.tbtMs.toFixed(0).padStart(7)} ${r.cls.toFixed(3).padStart(6)} ${r.totalKB.toFixed(1).padStart(9)} ${String(r.accessibility).padStart(5)} ${String(r.bestPractices).padStart(8)} ${String(r.seo).padStart(4)}`)].join('\n')
}
