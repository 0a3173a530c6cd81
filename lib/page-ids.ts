/**
 * Ids the page chrome gives its own elements. Components take their ids from here, and a heading
 * in content may never take one of them (or a prefix's pattern), so a shared link to a section
 * can never land on the wrong element. A render test checks no component uses an id missing here.
 */
export const PAGE_IDS = {
  mainContent: 'main-content',
  siteMenu: 'site-menu',
  crisisHelp: 'crisis-help',
  headerSearch: 'header-search',
  searchInput: 'search-input',
  preview: 'preview',
  announcer: 'announcer',
  keyFacts: 'key-facts',
  contents: 'on-this-page',
  review: 'review',
  references: 'references',
  relatedReading: 'related-reading',
  reportProblem: 'report-problem',
} as const

/** Ids made per item: a reference in the list, each citation marker in the text, a digest part. */
export const referenceId = (key: string) => `ref-${key}`
export const citationAnchor = (n: number, occurrence: number) => `cite-${n}-${occurrence}`
/** An article's part of the summary for your doctor. */
export const digestId = (slug: string) => `facts-${slug}`
/** The icon patterns of a picture of a number (shared by its arrays). */
export const iconArrayId = (figure: string, kind: 'on' | 'off') => `ia-${figure}-${kind}`
const GENERATED = [/^ref-/, /^cite-\d+-\d+$/, /^facts-/, /^ia-/]

/** Whether a heading id would collide with the page chrome. */
export function isReservedId(id: string): boolean {
  return (Object.values(PAGE_IDS) as string[]).includes(id) || GENERATED.some((re) => re.test(id))
}
