import fs from 'node:fs'
import path from 'node:path'
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import type { Registry } from '../citations/registry'
import { analyzeTree, type AnalyzedDocument } from './analyze'
import { getRegistry } from './context'
import type { Finding } from './findings'
import { collectionOf, type Collection } from './paths'

/**
 * The syntax plugins MDX content is parsed with. lib/mdx/plugins.mjs gives @next/mdx the same
 * list by name (a test keeps the two in step), then our remark-content plugin.
 */
export const SYNTAX_PLUGINS = ['remark-frontmatter', 'remark-gfm'] as const
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm)

/** Parse MDX source to a syntax tree; throws a located VFileMessage on an MDX syntax error. */
export function parseContent(source: string, absFile: string): Root {
  return parser.parse(new VFile({ path: absFile, value: source })) as Root
}

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

/**
 * Check one content file the way the build does (same parser, same analysis, same rules), but
 * return every finding instead of throwing at the first error.
 */
export function checkFile(root: string, absFile: string, collection?: Collection, registry: Registry = getRegistry(root)): CheckedFile {
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
  const analysis = analyzeTree(tree, source, file, kind, registry)
  return { file, findings: analysis.findings, analysis }
}
