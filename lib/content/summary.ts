import type { VFile } from 'vfile'

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

/** One row per checked document for the end of `npm run check`. */
export function summarize(documents: VFile[]): DocumentSummary[] {
  return documents
    .filter((d) => d.data.reading)
    .map((d) => {
      const coverage = d.data.coverage ?? { blocks: 0, cited: 0, exempt: 0 }
      return {
        file: d.path,
        words: d.data.reading!.words,
        grade: d.data.reading!.fleschKincaid,
        colemanLiau: d.data.reading!.colemanLiau,
        sources: d.data.references?.length ?? 0,
        citedShare: coverage.blocks ? Math.round((coverage.cited / coverage.blocks) * 100) : 100,
      }
    })
}
