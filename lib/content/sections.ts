import { messages, SOURCE_LOCALE, type Locale } from '../i18n'

/**
 * The fixed set of sections, in reading order. An article's `section` must be one of these ids;
 * adding a section is a code change on purpose, so the site's structure stays small and stable.
 * Their titles and summaries are words readers see: each language's dictionary has them.
 */
export const SECTION_IDS = ['basics', 'how-it-works', 'evidence', 'treatment', 'safety'] as const
export type SectionId = (typeof SECTION_IDS)[number]

export interface Section {
  id: SectionId
  title: string
  summary: string
}

/** The sections in reading order, in a language's words. */
export function sectionsIn(lang: Locale = SOURCE_LOCALE): Section[] {
  return SECTION_IDS.map((id) => ({ id, ...messages(lang).sections[id] }))
}

/** The section with this id (the schema has already rejected unknown ids). */
export function sectionById(id: SectionId, lang: Locale = SOURCE_LOCALE): Section {
  return { id, ...messages(lang).sections[id] }
}
