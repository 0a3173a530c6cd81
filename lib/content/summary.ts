import type { AnalyzedDocument } from './analyze'

export interface DocumentSummary {
  file: string
  words: number
  /** Flesch-Kincaid grade. */
  grade: number
  colemanLiau: number
  /** Distinct registry entries cited. */
  sources: number
  /** Share of checked paragraphs and list items that carry a citation (the rest are marked no-cite). */
  citedShare: number
}

/** One row per document for the end of `npm run check`. */
export function summarize(documents: AnalyzedDocument[]): DocumentSummary[] {
  return documents.map((d) => ({
    file: d.file,
    words: d.reading.words,
    grade: d.reading.fleschKincaid,
    colemanLiau: d.reading.colemanLiau,
    sources: d.references.length,
    citedShare: d.coverage.blocks ? Math.round((d.coverage.cited / d.coverage.blocks) * 100) : 100,
  }))
}
