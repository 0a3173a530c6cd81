import { z } from 'zod'

/**
 * What kind of evidence a source is. Shown to readers in words beside every reference, so they can
 * weigh a lab study in mice differently from a large trial; the words for each kind are in each
 * language's dictionary (lib/i18n/messages/, `references.evidence`).
 */
export const EVIDENCE_KINDS = ['systematic-review', 'meta-analysis', 'randomized-trial', 'observational', 'case-series', 'lab-or-animal', 'guideline-or-consensus', 'regulatory-label', 'review', 'other'] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]
const evidence = z.enum(EVIDENCE_KINDS)

/** Registry ids: letters, digits, hyphens and underscores, starting with a letter (`berman2000`). */
export const keyPattern = /^[A-Za-z][A-Za-z0-9_-]*$/

/** A CSL name: a person (family, given) or an organisation (literal). */
const name = z
  .looseObject({ family: z.string().min(1).optional(), given: z.string().optional(), literal: z.string().min(1).optional() })
  .refine((n) => n.family || n.literal, { message: 'a name with "family" (a person) or "literal" (an organisation)' })

/** A CSL date: `{"date-parts": [[2019, 3, 5]]}` (year required), or a literal. */
const cslDate = z.union([
  z.looseObject({ 'date-parts': z.array(z.array(z.union([z.int(), z.string().regex(/^\d+$/)])).min(1)).min(1) }),
  z.looseObject({ literal: z.string().min(4) }),
])

const text = z.string().trim().min(1)

/** One page an editor read to check an entry: where, what was seen there, and whether it is a copy. */
const sighting = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  /** What the page showed: "PMID, DOI, all 23 authors, volume, issue, pages", "adverse-reactions table". */
  saw: text,
  /** A copy (mirror, proxy, sharing or index site): read, never linked. Required for any host not in hosts.ts. */
  copy: z.literal(true).optional(),
})

/**
 * One registry entry: standard CSL-JSON (as Zotero, Pandoc and DOI tools export it; unknown CSL
 * variables are kept) plus our two fields, `evidence` and `verified`.
 */
export const referenceSchema = z
  .looseObject({
    id: z.string().regex(keyPattern, { error: 'letters, digits, hyphens or underscores, starting with a letter (like berman2000)' }),
    type: z.string().min(1),
    title: text,
    author: z.array(name).min(1).optional(),
    'container-title': text.optional(),
    publisher: text.optional(),
    issued: cslDate.optional(),
    DOI: z.string().regex(/^10\.\d{4,9}\/\S+$/, { error: 'a bare DOI such as 10.1016/j.neuron.2019.02.005 (no https://doi.org/ in front)' }).optional(),
    PMID: z.string().regex(/^\d{1,9}$/, { error: 'a PubMed id written as digits only, in quotes' }).optional(),
    PMCID: z.string().regex(/^PMC\d+$/, { error: 'PMC followed by digits, like PMC6005380' }).optional(),
    /**
     * The source's own home, for entries with neither DOI nor PMID. Articles with a DOI link
     * doi.org and those with only a PMID link PubMed, so they leave URL out (see readerLink).
     */
    URL: z.url({ protocol: /^https?$/ }).optional(),
    /** The author list stops at the names seen and more authors exist: printed as "et al.". */
    'more-authors': z.literal(true).optional(),
    /** Kind of evidence, in our vocabulary (see EVIDENCE_KINDS). */
    evidence,
    /**
     * Where and when a person checked this entry's fields against the source itself: `on` is the
     * date, `at` the pages read and what each showed. Anything not seen is said in `note`.
     */
    verified: z.strictObject({ on: z.iso.date(), at: z.array(sighting).min(1) }),
    /** Free text: what could not be checked, caveats. Never shown as part of the citation. */
    note: z.string().optional(),
  })
  .superRefine((ref, ctx) => {
    const need = (field: string, what: string) => {
      if (ref[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: what, input: undefined })
    }
    if (ref.type === 'article-journal' || ref.type === 'article') {
      need('author', 'a list of authors (a journal article needs them)')
      need('container-title', 'the journal name in "container-title"')
      need('issued', 'the publication year in "issued"')
      if (!ref.DOI && !ref.PMID && !ref.URL)
        ctx.addIssue({ code: 'custom', path: ['DOI'], message: 'a DOI, PMID or URL (a journal article needs one)', input: undefined })
    } else if (['webpage', 'post', 'post-weblog', 'document', 'report'].includes(ref.type)) {
      need('URL', `a URL (a ${ref.type} needs one)`)
      if (!ref.author && !ref.publisher)
        ctx.addIssue({ code: 'custom', path: ['author'], message: 'an author or publisher (who issued it)', input: undefined })
    } else if (ref.type === 'book' || ref.type === 'chapter') {
      need('issued', 'the publication year in "issued"')
      if (!ref.author && !ref.publisher)
        ctx.addIssue({ code: 'custom', path: ['author'], message: 'an author or publisher', input: undefined })
    }
  })

export type Reference = z.output<typeof referenceSchema>
