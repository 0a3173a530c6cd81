import { execFileSync } from 'node:child_process'
import path from 'node:path'
import type { Link, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { findCitations } from '../citations/parse'
import { localePath } from '../i18n/locales'
import { assignHeadingIds } from '../toc'
import { parseContent } from './parse'
import { report, type RuleContext } from './rules/define'
import * as rules from './rules/translation'
import type { ArticleFrontmatter, PageFrontmatter } from './schema'
import { versionsIn, type Entry } from './site'

/** The part of a page before its first heading (its frontmatter and key facts included). */
const INTRO = ''

interface Section {
  id: string
  /** Where its heading is in the file (the intro: line 1). */
  line: number
  column: number
  keys: Set<string>
}

/** Citation keys in raw MDX (props and frontmatter included), read by the citation parser itself. */
const citationKeys = (text: string) => new Set(findCitations(text).clusters.flatMap((c) => c.keys))

/**
 * A file's sections by heading id, each with the citations written in it (up to the next heading
 * of any level), read from the source as its editor wrote it.
 */
export function sectionsOf(source: string, absFile: string): Map<string, Section> {
  const tree = parseContent(source, absFile)
  const { headings } = assignHeadingIds(tree)
  const starts = headings.map((h) => ({ id: h.id, start: h.node.position!.start }))
  const sections = new Map<string, Section>()
  let from = 0
  let current: Section = { id: INTRO, line: 1, column: 1, keys: new Set() }
  for (const next of [...starts, undefined]) {
    const to = next?.start.offset ?? source.length
    current.keys = citationKeys(source.slice(from, to))
    sections.set(current.id, current)
    if (!next) break
    from = to
    current = { id: next.id, line: next.start.line, column: next.start.column, keys: new Set() }
  }
  return sections
}

const changes = new Map<string, { changed: boolean; last?: string } | 'unknown-revision' | 'no-history'>()

/**
 * Whether `file` differs now from `revision`, and the last commit that changed it; cached per
 * revision and text of the file, so a long-running dev server sees an edit to the original.
 */
function changedSince(root: string, revision: string, file: string, text: string) {
  const key = `${root}\0${revision}\0${file}\0${text}`
  let hit = changes.get(key)
  if (hit) return hit
  const git = (args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  let shallow: boolean
  try {
    shallow = git(['rev-parse', '--is-shallow-repository']).trim() === 'true'
  } catch {
    changes.set(key, (hit = 'no-history')) // not a git checkout (an exported tarball)
    return hit
  }
  try {
    git(['cat-file', '-e', `${revision}^{commit}`])
  } catch {
    // A shallow clone (CI checkouts often are) lacks older commits: it cannot tell, which is not
    // the editor's mistake. In a full history an unknown revision is.
    changes.set(key, (hit = shallow ? 'no-history' : 'unknown-revision'))
    return hit
  }
  let changed = false
  try {
    git(['diff', '--quiet', revision, '--', file])
  } catch {
    changed = true
  }
  const last = changed ? git(['log', '-1', '--format=%h %cs: %s', `${revision}..HEAD`, '--', file]).trim() || 'changes not committed yet' : undefined
  changes.set(key, (hit = { changed, ...(last ? { last } : {}) }))
  return hit
}

/**
 * What a translation owes its original: it names an English file that exists, made from a revision
 * git knows; it says when that file has changed since; and it keeps every section (heading id) and,
 * in each, every citation. Links go to pages in its own language where one exists.
 */
export function checkTranslation(tree: Root, file: VFile, ctx: RuleContext, fm: ArticleFrontmatter | PageFrontmatter): void {
  const { site } = ctx
  const locate = file.data.locate
  const at = (key: string) => locate?.([key]) ?? { line: 1, column: 1 }
  const originalFile = fm.translationOf
  if (!originalFile || !fm.sourceRevision) return // the schema has reported it
  const original = site.sources.get(originalFile)
  if (!original) {
    report(file, rules.original, `translationOf names "${originalFile}", which is not an English content file.`, at('translationOf'), 'write the path from the project root, like content/articles/side-effects.mdx.')
    return
  }
  const self = path.relative(site.root, path.resolve(site.root, file.path))
  const twin = [...site.sources.values()].find((s) => s.file !== self && s.lang === ctx.lang && s.data?.translationOf === originalFile)
  if (twin) report(file, rules.original, `${twin.file} already translates ${originalFile}.`, at('translationOf'), 'each English file has at most one translation per language.')

  const since = changedSince(site.root, fm.sourceRevision, originalFile, original.source)
  if (since === 'no-history') {
    report(file, rules.revision, `Cannot tell whether ${originalFile} changed since ${fm.sourceRevision}: this checkout has no history back to it.`, at('sourceRevision'), 'run the check in a full git clone (git fetch --unshallow in a shallow one).', 'warning')
  } else if (since === 'unknown-revision') {
    report(file, rules.revision, `sourceRevision "${fm.sourceRevision}" is not a commit git knows.`, at('sourceRevision'), `write the revision you translated from: git log -1 --format=%h -- ${originalFile}`)
  } else if (since.changed) {
    const overdue = fm.nextReviewDue < ctx.today
    report(
      file,
      rules.stale,
      `The English original changed after ${fm.sourceRevision} (${since.last}).`,
      at('sourceRevision'),
      `see what changed with: git diff ${fm.sourceRevision} -- ${originalFile}; bring the translation up to date, then set sourceRevision to the new revision.${overdue ? '' : ` This becomes an error after nextReviewDue (${fm.nextReviewDue}).`}`,
      overdue ? 'error' : 'warning',
    )
  }

  // Sections and citations, compared with the original as its editor wrote it.
  let mine: Map<string, Section>
  let theirs: Map<string, Section>
  try {
    mine = sectionsOf(String(file.value), path.resolve(site.root, self))
    theirs = sectionsOf(original.source, path.join(site.root, originalFile))
  } catch {
    return // a syntax error is reported for the file it is in
  }
  const mineList = [...mine.values()]
  let previous: Section = mineList[0]!
  for (const section of theirs.values()) {
    const kept = mine.get(section.id)
    if (!kept) {
      // Report where it would go: after the last section both share.
      const idx = mineList.indexOf(previous)
      const place = mineList[idx + 1] ?? previous
      report(file, rules.section, `Section #${section.id} of ${originalFile} (line ${section.line}) is missing.`, place, `translate it under a heading pinned with its id: ## … [#${section.id}]`)
      continue
    }
    previous = kept
    for (const key of section.keys) {
      if (kept.keys.has(key)) continue
      const where = section.id === INTRO ? 'before the first heading (frontmatter and key facts included)' : `in section #${section.id}`
      report(file, rules.citation, `Citation @${key} of ${originalFile} ${where} is missing from the translation.`, kept, `keep every citation of the original in the same section: [@${key}]`)
    }
  }

  // Links: to the page in this language, where there is one (an entry's version, or a route every language has).
  const entries = [...site.entries.articles, ...site.entries.pages] as Entry<ArticleFrontmatter | PageFrontmatter>[]
  visit(tree, 'link', (node: Link) => {
    const [target = '', fragment] = node.url.split('#')
    if (!target.startsWith('/') || target.startsWith(localePath(ctx.lang, '/'))) return
    const english = entries.find((e) => e.href === target)
    const translated = english ? versionsIn(site, english, true)[ctx.lang]?.href : site.index.has(localePath(ctx.lang, target)) ? localePath(ctx.lang, target) : undefined
    if (translated) report(file, rules.linkLanguage, `Link to the English page ${target}: this page is in another language.`, node, `link its version instead: ${translated}${fragment !== undefined ? `#${fragment}` : ''}`)
  })
}
