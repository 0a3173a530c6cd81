import fs from 'node:fs'
import path from 'node:path'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import { compareFile, compareMessage } from 'vfile-sort'
import { LOCALES } from '../i18n/locales'
import { COLLECTIONS, contentDir } from './paths'
import { ContentErrors, contentProcessor } from './processor'
import { report } from './rules/define'
import * as mdx from './rules/mdx'
import * as registryRules from './rules/registry'
import { getSite } from './site'

/** One content file after the check: its messages, and what the page would show. */
export type CheckedFile = VFile

/**
 * Run one content file through the same processor the build uses. Messages stay on the returned
 * file; a syntax error is one located `mdx/syntax` message.
 */
export function checkFile(root: string, absFile: string): CheckedFile {
  const file = new VFile({ path: path.relative(root, absFile), cwd: root, value: fs.readFileSync(absFile, 'utf8') })
  const processor = contentProcessor({ root })
  let tree
  try {
    tree = processor.parse(file)
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error
    report(file, mdx.syntax, `MDX syntax error: ${error.reason.replace(/\s+/g, ' ')}`, { line: error.line ?? 1, column: error.column ?? 1 }, 'in MDX a { or < in prose starts code: write \\{ or &lt; for the character itself, and close every tag you open.')
    return file
  }
  try {
    processor.runSync(tree, file)
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error
  }
  return file
}

/**
 * Check all content: the registry and figures, every file in every collection (drafts included),
 * and the rules that need the whole site. `npm run check` prints these files' messages; the MDX
 * build runs the same plugin on each file and fails on the same errors.
 */
export function checkAll(root: string): { files: VFile[]; documents: VFile[] } {
  const site = getSite(root)
  const documents: VFile[] = []
  for (const [lang, collection] of LOCALES.flatMap((l) => COLLECTIONS.map((c) => [l, c] as const))) {
    const dir = path.join(root, contentDir(collection, lang))
    const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort() : []
    // A file whose name another file already uses is never compiled (its folder message says why).
    const skipped = new Set(site.files.filter((f) => f.messages.some((m) => m.ruleId === 'duplicate-slug')).map((f) => f.path))
    for (const name of names) {
      const rel = path.join(contentDir(collection, lang), name)
      if (!skipped.has(rel)) documents.push(checkFile(root, path.join(root, rel)))
    }
  }
  // The site's own files are shared by every check in this process: report onto copies.
  const siteFiles = site.files.map((f) => Object.assign(new VFile({ path: f.path, cwd: root }), { messages: [...f.messages] }))
  // A registry entry nobody cites is probably a leftover (or a citation that went missing).
  const cited = new Set(documents.flatMap((d) => (d.data.references ?? []).map((r) => r.id)))
  for (const [id, where] of site.registry.where) {
    const file = siteFiles.find((f) => f.path === where.file)
    if (file && !cited.has(id)) report(file, registryRules.unused, `Reference "${id}" is not cited by any page.`, where, 'cite it where it supports a claim, or remove it from the registry.')
  }
  const files = [...siteFiles, ...documents].filter((f) => f.messages.length || documents.includes(f)).sort(compareFile)
  for (const f of files) f.messages.sort(compareMessage)
  return { files, documents }
}
