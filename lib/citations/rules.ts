import { canonicalHostFor } from './hosts'
import { doiUrl, pubmedUrl, readerLink } from './links'
import type { Reference } from './schema'

/** A problem with one valid entry: the rule, the JSON path of the field at fault, and what to do. */
export interface EntryIssue {
  rule: string
  path: (string | number)[]
  message: string
  hint: string
}

const hostOf = (url: string) => new URL(url).hostname
const HOSTS_HINT = 'the list of hosts, each with its reason, is in lib/citations/hosts.ts.'

/**
 * Rules on where a reference sends its reader, each with its own id. They run on entries that
 * already passed the schema, so every field they read is well formed.
 */
export const ENTRY_RULES: Record<string, (ref: Reference) => Omit<EntryIssue, 'rule'>[]> = {
  /** The link a reader clicks is the source's own home, never a copy. */
  'registry/link-host': (ref) => {
    const link = readerLink(ref)
    if (!link || canonicalHostFor(link)) return []
    return [{
      path: ['URL'],
      message: `Reference "${ref.id}" links readers to ${hostOf(link)}, which is not a source's own home.`,
      hint: `link the source itself: give its DOI or PMID (the link is then made for you), or the label on DailyMed or Drugs@FDA, the agency or the service's own page. A copy you read goes in verified.at with "copy": true; ${HOSTS_HINT}`,
    }]
  },

  /** With a DOI or PMID the link is made from it; a different URL would be a second, competing home. */
  'registry/link-identifier': (ref) => {
    if (!ref.URL) return []
    const own = ref.DOI ? doiUrl(ref.DOI) : ref.PMID ? pubmedUrl(ref.PMID) : undefined
    if (!own || ref.URL === own) return []
    const by = ref.DOI ? 'DOI' : 'PMID'
    return [{
      path: ['URL'],
      message: `Reference "${ref.id}" has a ${by}, so readers are sent to ${own}, but its URL points to ${hostOf(ref.URL)}.`,
      hint: `remove "URL": the link is made from the ${by}. Record the page you read in verified.at.`,
    }]
  },

  /** What an editor read on a copy is recorded, and said to be a copy. */
  'registry/copy-unmarked': (ref) =>
    ref.verified.at.flatMap((seen, i) =>
      seen.copy || canonicalHostFor(seen.url)
        ? []
        : [{
            path: ['verified', 'at', i, 'url'],
            message: `Reference "${ref.id}" was checked on ${hostOf(seen.url)}, which is not a source's own home, but the page is not marked as a copy.`,
            hint: `add "copy": true to that item of verified.at, or check the source's own page instead; ${HOSTS_HINT}`,
          }],
    ),

  /** A journal article is found by its DOI or PMID; without either, the note says why. */
  'registry/no-identifier': (ref) => {
    if (ref.type !== 'article-journal' || ref.DOI || ref.PMID) return []
    if (/\b(DOI|PMID)\b/.test(ref.note ?? '')) return []
    return [{
      path: ['id'],
      message: `Reference "${ref.id}" is a journal article with neither a DOI nor a PMID.`,
      hint: 'add the DOI and PMID as shown on PubMed, PubMed Central, the publisher or Crossref; if it has none, or you could not see them, say so in "note" (naming the DOI or PMID).',
    }]
  },
}

/** Every rule's issues for one entry. */
export function checkEntry(ref: Reference): EntryIssue[] {
  return Object.entries(ENTRY_RULES).flatMap(([rule, check]) => check(ref).map((issue) => ({ rule, ...issue })))
}
