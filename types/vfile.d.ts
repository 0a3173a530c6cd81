// Data our remark plugin leaves on each file (read by `npm run check`).
export {}

declare module 'vfile' {
  interface DataMap {
    analysis: import('@/lib/content/analyze').AnalyzedDocument
    findings: import('@/lib/content/findings').Finding[]
  }
}
