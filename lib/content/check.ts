import path from 'node:path'
import type { AnalyzedDocument } from './analyze'
import { getRegistry } from './context'
import { sortFindings, type Finding } from './findings'
import { scanCollection } from './loader'
import type { Collection } from './paths'
import { checkFile } from './pipeline'

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
  const registry = getRegistry(root)
  const findings: Finding[] = [...registry.findings]
  const documents: AnalyzedDocument[] = []
  for (const collection of ['articles', 'pages'] as Collection[]) {
    const scan = scanCollection(root, collection)
    // Per-file frontmatter findings come again from checkFile; keep only the folder-level ones.
    findings.push(...scan.findings.filter((f) => f.rule.startsWith('content/')))
    const skip = new Set(scan.findings.filter((f) => f.rule.startsWith('content/')).map((f) => f.file))
    for (const file of [...new Set(scan.entries.map((e) => e.file).concat(scan.findings.map((f) => f.file)))]) {
      if (skip.has(file)) continue
      const checked = checkFile(root, path.join(root, file), collection, registry)
      findings.push(...checked.findings)
      if (checked.analysis) documents.push(checked.analysis)
    }
  }
  return { findings: sortFindings(findings), documents }
}
