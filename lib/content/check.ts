import fs from 'node:fs'
import path from 'node:path'
import type { AnalyzedDocument } from './analyze'
import { sortFindings, type Finding } from './findings'
import { scanCollection } from './loader'
import { CONTENT_DIRS, type Collection } from './paths'
import { checkFile, contextFor } from './pipeline'

export interface CheckResult {
  findings: Finding[]
  documents: AnalyzedDocument[]
}

/**
 * Check all content: the registry, every file in every collection (drafts included), and the
 * rules that need the whole site. `npm run check` prints this; `npm run build` runs it first and
 * the MDX plugin applies the same per-file analysis while compiling.
 */
export function checkAll(root: string): CheckResult {
  const ctx = contextFor(root)
  const registry = ctx.registry
  const findings: Finding[] = [...registry.findings, ...ctx.figures.findings]
  const documents: AnalyzedDocument[] = []
  for (const collection of ['articles', 'pages'] as Collection[]) {
    // Folder-level findings (names, duplicates); per-file findings come from checkFile below.
    const folder = scanCollection(root, collection).findings.filter((f) => f.rule.startsWith('content/'))
    findings.push(...folder)
    // A second file for one address, or a file that is not .mdx, is never compiled: skip it.
    const skip = new Set(folder.filter((f) => f.rule !== 'content/slug').map((f) => f.file))
    const dir = path.join(root, CONTENT_DIRS[collection])
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => /\.mdx?$/i.test(n)).sort().map((n) => path.join(CONTENT_DIRS[collection], n)) : []
    for (const file of files) {
      if (skip.has(file)) continue
      const checked = checkFile(root, path.join(root, file), collection, ctx)
      findings.push(...checked.findings)
      if (checked.analysis) documents.push(checked.analysis)
    }
  }
  // A registry entry nobody cites is probably a leftover (or a citation that went missing).
  const cited = new Set(documents.flatMap((d) => d.references.map((r) => r.id)))
  for (const [id, where] of registry.where) {
    if (!cited.has(id)) findings.push({ ...where, severity: 'warning', rule: 'registry/unused', message: `Reference "${id}" is not cited by any page.`, hint: 'cite it where it supports a claim, or remove it from the registry.' })
  }
  return { findings: sortFindings(findings), documents }
}
