// What the content pipeline leaves on each file (lib/content/processor.ts).
export {}

declare module 'vfile' {
  interface DataMap {
    collection: import('@/lib/content/paths').Collection
    /** The language the file is written in. */
    lang: import('@/lib/i18n/locales').Locale
    frontmatter: import('@/lib/content/schema').ArticleFrontmatter | import('@/lib/content/schema').PageFrontmatter
    locate: import('@/lib/content/frontmatter').ParsedFrontmatter['locate']
    toc: import('@/lib/toc').TocEntry[]
    headings: import('@/lib/toc').HeadingInfo[]
    /** Every id on the page a #fragment may name: the chrome's and the headings'. */
    ids: string[]
    references: import('@/lib/citations/remark-citations').CitedSource[]
    /** Sources of the shared closing part, numbered as on its own page, where they are listed. */
    sharedReferences: import('@/lib/citations/remark-citations').CitedSource[]
    coverage: import('@/lib/content/rules/citations').Coverage
    reading: import('@/lib/readability').ReadingStats
    /** Spanish pages: reading ease by Spanish formulas. */
    readingEs: import('@/lib/readability').SpanishReadingStats
  }
}
