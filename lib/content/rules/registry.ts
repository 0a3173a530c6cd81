import { canonicalHostFor } from '../../citations/hosts'
import { doiUrl, pubmedUrl, readerLink } from '../../citations/links'
import type { Reference } from '../../citations/schema'
import { defineRule, type Rule } from './define'

export const json = defineRule({ id: 'registry/json', catches: 'a registry file that is not valid JSON', severity: 'error' })
export const schema = defineRule({ id: 'registry/schema', catches: 'a reference missing a required field, or a field in the wrong form', severity: 'error' })
export const duplicateId = defineRule({ id: 'registry/duplicate-id', catches: 'one reference id used twice (both places named)', severity: 'error' })
export const unused = defineRule({ id: 'registry/unused', catches: 'a reference no page cites', severity: 'warning' })

/** A problem with one valid entry: the JSON path of the field at fault, what is wrong, what to do. */
export interface EntryIssue {
  path: (string | number)[]
  message: string
  hint: string
}

/** A rule on one registry entry that already passed the schema, so every field it reads is well formed. */
export interface EntryRule extends Rule {
  checkEntry: (ref: Reference) => EntryIssue[]
}
const entryRule = (rule: EntryRule) => defineRule(rule)

const hostOf = (url: string) => new URL(url).hostname
const HOSTS_HINT = 'the list of hosts, each with its reason, is in lib/citations/hosts.ts.'

export const linkHost = entryRule({
  id: 'registry/link-host',
  catches: "a reference whose link is not the source's own home (a copy, a mirror, a proxy)",
  severity: 'error',
  checkEntry(ref) {
    const link = readerLink(ref)
    if (!link || canonicalHostFor(link)) return []
    return [{
      path: ['URL'],
      message: `Reference "${ref.id}" links readers to ${hostOf(link)}, which is not a source's own home.`,
      hint: `link the source itself: give its DOI or PMID (the link is then made for you), or the label on DailyMed or Drugs@FDA, the agency or the service's own page. A copy you read goes in verified.at with "copy": true; ${HOSTS_HINT}`,
    }]
  },
})

export const linkIdentifier = entryRule({
  id: 'registry/link-identifier',
  catches: 'a URL beside a DOI or PMID (the link is made from the identifier)',
  severity: 'error',
  checkEntry(ref) {
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
})

export const copyUnmarked = entryRule({
  id: 'registry/copy-unmarked',
  catches: 'a page in `verified.at` that is a copy but not marked `"copy": true`',
  severity: 'error',
  checkEntry: (ref) =>
    ref.verified.at.flatMap((seen, i) =>
      seen.copy || canonicalHostFor(seen.url)
        ? []
        : [{
            path: ['verified', 'at', i, 'url'],
            message: `Reference "${ref.id}" was checked on ${hostOf(seen.url)}, which is not a source's own home, but the page is not marked as a copy.`,
            hint: `add "copy": true to that item of verified.at, or check the source's own page instead; ${HOSTS_HINT}`,
          }],
    ),
})

export const noIdentifier = entryRule({
  id: 'registry/no-identifier',
  catches: 'a journal article with neither DOI nor PMID and no note saying why',
  severity: 'error',
  checkEntry(ref) {
    if (ref.type !== 'article-journal' || ref.DOI || ref.PMID) return []
    if (/\b(DOI|PMID)\b/.test(ref.note ?? '')) return []
    return [{
      path: ['id'],
      message: `Reference "${ref.id}" is a journal article with neither a DOI nor a PMID.`,
      hint: 'add the DOI and PMID as shown on PubMed, PubMed Central, the publisher or Crossref; if it has none, or you could not see them, say so in "note" (naming the DOI or PMID).',
    }]
  },
})

/** The rules run on every valid entry, in order. */
export const ENTRY_RULES: EntryRule[] = [linkHost, linkIdentifier, copyUnmarked, noIdentifier]
