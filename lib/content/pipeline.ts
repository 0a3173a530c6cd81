import fs from 'node:fs'
import path from 'node:path'
import type { Root } from 'mdast'
import { VFileMessage } from 'vfile-message'
import { analyzeTree, type AnalysisContext, type AnalyzedDocument } from './analyze'
import { getRegistry } from './context'
import { getFigures } from './figures'
import { getGlossary } from './glossary'
import type { Finding } from './findings'
import { parseContent } from './parse'
import { collectionOf, today, type Collection } from './paths'
import { getSiteIndex } from './site-index'

export { parseContent, SYNTAX_PLUGINS } from './parse'

export interface CheckedFile {
  file: string
  findings: Finding[]
  analysis?: AnalyzedDocument
}

/** An MDX syntax error as a finding, with the parser's own position. */
export function syntaxFinding(error: VFileMessage, file: string): Finding {
  return {
    file,
    line: error.line ?? 1,
    column: error.column ?? 1,
    severity: 'error',
    rule: 'mdx/syntax',
    message: `MDX syntax error: ${error.reason.replace(/\s+/g, ' ')}`,
    hint: 'in MDX a { or < in prose starts code: write \\{ or &lt; for the character itself, and close every tag you open.',
  }
}

/** The registry, shared figures, glossary, site index and date for a project root. */
export function contextFor(root: string): AnalysisContext {
  const registry = getRegistry(root)
  return { registry, site: getSiteIndex(root), today: today(), glossary: getGlossary(root), figures: getFigures(root, registry) }
}

/**
 * Check one content file the way the build does (same parser, same analysis, same rules), but
 * return every finding instead of throwing at the first error.
 */
export function checkFile(root: string, absFile: string, collection?: Collection, ctx: AnalysisContext = contextFor(root)): CheckedFile {
  const file = path.relative(root, absFile)
  const kind = collection ?? collectionOf(root, absFile) ?? 'articles'
  const source = fs.readFileSync(absFile, 'utf8')
  let tree: Root
  try {
    tree = parseContent(source, absFile)
  } catch (error) {
    if (error instanceof VFileMessage) return { file, findings: [syntaxFinding(error, file)] }
    throw error
  }
  const analysis = analyzeTree(tree, source, file, kind, ctx)
  return { file, findings: analysis.findings, analysis }
}
