import fs from 'node:fs'
import path from 'node:path'
import { VFile } from 'vfile'
import { z } from 'zod'
import type { Locale } from '../i18n/locales'
import { parseJsonList } from './json-list'
import { hardTermsSchema as schemaRule } from './rules/glossary'

/** Where the hard terms live, relative to the project root. */
export const HARD_TERMS_FILE = 'content/hard-terms.json'

/**
 * A technical term readers may not know. On every page but the glossary, its first use must link
 * to its glossary entry (rule glossary/first-use), so the definition is one tap away.
 */
export const hardTermSchema = z.strictObject({
  /** The glossary entry's id: the anchor of its heading on /glossary/. */
  glossary: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'a glossary id, lowercase words joined by hyphens, like nmda-receptor' }),
  /** The words on a page that count as a use of the term (whole words). */
  match: z.array(z.string().trim().min(2)).min(1),
  /** true for abbreviations whose letter case matters (NMDA, mTOR); otherwise case is ignored. */
  caseSensitive: z.boolean().default(false),
  /** The words that count as a use on Spanish pages (content/es/); the same glossary id. */
  es: z.array(z.string().trim().min(2)).min(1).optional(),
})
/** A hard term, with the pattern that finds a use of it in each language that lists its words. */
export type HardTerm = z.output<typeof hardTermSchema> & { patterns: Partial<Record<Locale, RegExp>> }

export interface HardTerms {
  terms: HardTerm[]
  /** content/hard-terms.json, carrying its messages. */
  file: VFile
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Read and validate the hard-terms file; every problem is a located message. */
export function parseHardTerms(text: string, filePath: string): HardTerms {
  const { file, entries } = parseJsonList(text, filePath, hardTermSchema, schemaRule, 'hard term')
  // Whole words only: "ECT" is not a use inside "effect", nor "NMDA" inside "NMDAR".
  const wordsPattern = (list: string[], caseSensitive: boolean) =>
    new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...list].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu')
  const terms = entries.map(({ data }) => {
    const patterns: HardTerm['patterns'] = { en: wordsPattern(data.match, data.caseSensitive) }
    if (data.es) patterns.es = wordsPattern(data.es, data.caseSensitive)
    return { ...data, patterns }
  })
  return { terms, file }
}

/** The hard terms of a project; none when it has no hard-terms file. */
export function loadHardTerms(root: string): HardTerms {
  const file = path.join(root, HARD_TERMS_FILE)
  return fs.existsSync(file) ? parseHardTerms(fs.readFileSync(file, 'utf8'), HARD_TERMS_FILE) : { terms: [], file: new VFile({ path: HARD_TERMS_FILE }) }
}
