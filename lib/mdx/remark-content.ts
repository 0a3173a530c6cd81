import path from 'node:path'
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { analyzeTree } from '../content/analyze'
import { ContentError } from '../content/findings'
import { collectionOf, type Collection } from '../content/paths'
import { contextFor } from '../content/pipeline'
import { esmExport } from './jsx'

export interface RemarkContentOptions {
  /** Absolute project root (paths in findings are relative to it). */
  root: string
  /** "build" throws on any error so nothing broken is published; "check" only records findings. */
  mode?: 'build' | 'check'
  /** Force a collection (used for fixtures that live outside content/). */
  collection?: Collection
  /** Hash of lib/ (from plugins.mjs): unused here, but it keys the bundler's cache of compiled MDX. */
  libVersion?: string
}

/**
 * The remark plugin behind every MDX page: validates the file, numbers its citations, gives
 * headings ids, and exports `headings` (contents list) and `references` (reference list) from the
 * compiled module. Registry and figures errors fail every page, since any citation could be affected.
 */
export default function remarkContent(options: RemarkContentOptions) {
  const { root, mode = 'build' } = options
  return (tree: Root, file: VFile) => {
    const abs = path.resolve(file.path)
    const collection = options.collection ?? collectionOf(root, abs)
    if (!collection) return // MDX outside content/ is not ours to check
    const ctx = contextFor(root)
    const doc = analyzeTree(tree, String(file.value), path.relative(root, abs), collection, ctx)
    const findings = [...ctx.registry.findings, ...ctx.figures.findings, ...doc.findings]
    file.data.analysis = doc
    file.data.findings = findings
    if (mode === 'build' && findings.some((f) => f.severity === 'error')) throw new ContentError(findings)
    tree.children.push(esmExport('headings', doc.toc) as never, esmExport('references', doc.references) as never)
  }
}
