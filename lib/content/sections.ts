/**
 * The fixed set of sections, in reading order. An article's `section` must be one of these ids;
 * adding a section is a code change on purpose, so the site's structure stays small and stable.
 */
export const SECTIONS = [
  { id: 'basics', title: 'The basics', summary: 'What ketamine and esketamine are, and what this site covers.' },
  { id: 'how-it-works', title: 'How it works', summary: 'What ketamine does in the brain, and how it is given.' },
  { id: 'evidence', title: 'What the research shows', summary: 'How well it works, for whom, and what claims hold up.' },
  { id: 'treatment', title: 'Having treatment', summary: 'What a session is like, and what to ask before you start.' },
  { id: 'safety', title: 'Safety', summary: 'Side effects, who should not have it, and suicidal thoughts.' },
] as const

export type SectionId = (typeof SECTIONS)[number]['id']
export const SECTION_IDS = SECTIONS.map((s) => s.id) as [SectionId, ...SectionId[]]

/** The section with this id (throws on an unknown id: the schema has already rejected those). */
export function sectionById(id: SectionId) {
  const section = SECTIONS.find((s) => s.id === id)
  if (!section) throw new Error(`Unknown section ${id}`)
  return section
}
