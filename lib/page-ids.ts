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

/** Ids made per item: a reference in the list, and each citation marker in the text. */
export const referenceId = (key: string) => `ref-${key}`
export const citationAnchor = (n: number, occurrence: number) => `cite-${n}-${occurrence}`
const GENERATED = [/^ref-/, /^cite-\d+-\d+$/]

/** Whether a heading id would collide with the page chrome. */
export function isReservedId(id: string): boolean {
  return (Object.values(PAGE_IDS) as string[]).includes(id) || GENERATED.some((re) => re.test(id))
}
