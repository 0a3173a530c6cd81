import { Cite } from '@citation-js/core'
import '@citation-js/plugin-csl'
import { doiUrl, pmcUrl, pubmedUrl, readerLink } from './links'
import type { CitedSource } from './remark-citations'
import type { Registry } from './registry'
import type { EvidenceKind, Reference } from './schema'
import { LOCALE_INFO, SOURCE_LOCALE, type Locale } from '../i18n/locales'

/** A run of reference text, linked when it is a DOI, PubMed id, PMC id or URL. */
export interface Segment {
  text: string
  href?: string
}

/** A reference ready to render: Vancouver text (without its number) split into linkable runs. */
export interface FormattedReference {
  id: string
  text: string
  segments: Segment[]
  evidence: EvidenceKind
  /** Where a reader can open the source (see readerLink). */
  href?: string
}

/**
 * Our fields are not CSL; keep them away from the formatter. An author list known to stop short
 * ends in "et al.", which Vancouver style adds by itself only from the seventh name on.
 */
function toCsl(ref: Reference): Record<string, unknown> {
  const { evidence: _e, verified, note: _n, 'more-authors': more, ...csl } = ref
  if (more && csl.author && csl.author.length < 7) csl.author = [...csl.author, { literal: 'et al.' }]
  // A web page can change: say when we read it ("[cited 2026 Nov 30]"), as Vancouver style asks.
  if (!ref.DOI && !ref.PMID && ref.URL && !csl.accessed) csl.accessed = { 'date-parts': [verified.on.split('-').map(Number)] }
  return csl
}

/** Split text at each identifier we know the link for. */
function linkify(text: string, ref: Reference): Segment[] {
  const targets: { needle: string; href: string }[] = []
  if (ref.DOI) targets.push({ needle: ref.DOI, href: doiUrl(ref.DOI) })
  if (ref.PMID) targets.push({ needle: ref.PMID, href: pubmedUrl(ref.PMID) })
  if (ref.PMCID) targets.push({ needle: ref.PMCID, href: pmcUrl(ref.PMCID) })
  if (ref.URL) targets.push({ needle: ref.URL, href: ref.URL })
  let segments: Segment[] = [{ text }]
  for (const { needle, href } of targets) {
    segments = segments.flatMap((seg) => {
      if (seg.href) return [seg]
      const at = seg.text.indexOf(needle)
      if (at === -1) return [seg]
      const parts: Segment[] = []
      if (at > 0) parts.push({ text: seg.text.slice(0, at) })
      parts.push({ text: needle, href })
      if (at + needle.length < seg.text.length) parts.push({ text: seg.text.slice(at + needle.length) })
      return parts
    })
  }
  return segments
}

const cache = new Map<Locale, Map<Reference, FormattedReference>>()

/**
 * Format one registry entry in Vancouver style (the style of medical journals) with citation-js,
 * at build time only, in a language's words for the style's own labels ("Available from",
 * "Disponible en", dates); the source's title and authors stay as they are. Cached per entry
 * object and language.
 */
export function formatReference(ref: Reference, lang: Locale = SOURCE_LOCALE): FormattedReference {
  let perLang = cache.get(lang)
  if (!perLang) cache.set(lang, (perLang = new Map()))
  const hit = perLang.get(ref)
  if (hit) return hit
  const raw = new Cite([toCsl(ref)]).format('bibliography', { format: 'text', template: 'vancouver', lang: LOCALE_INFO[lang].csl })
  const text = raw.trim().replace(/^1\.\s*/, '')
  const href = readerLink(ref)
  const formatted: FormattedReference = {
    id: ref.id,
    text,
    segments: linkify(text, ref),
    evidence: ref.evidence,
    ...(href ? { href } : {}),
  }
  perLang.set(ref, formatted)
  return formatted
}

/** A source in one article's reference list: how the article cites it, and its formatted text. */
export type CitedReference = FormattedReference & CitedSource

/** An article's reference list, from what its compiled module records and the registry. */
export function citedReferences(cited: CitedSource[], registry: Registry, lang: Locale = SOURCE_LOCALE): CitedReference[] {
  return cited.map((c) => {
    const ref = registry.entries.get(c.id)
    // Only a dev server can get here, when an entry is removed after a page was compiled.
    if (!ref) throw new Error(`"${c.id}" is cited but no longer in content/references/: restart the dev server or restore the entry.`)
    return { ...formatReference(ref, lang), ...c }
  })
}
