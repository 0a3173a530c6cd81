import type { VFile } from 'vfile'

export interface DocumentSummary {
  file: string
  words: number
  /** English: Flesch-Kincaid grade and Coleman-Liau index. */
  grade?: number
  colemanLiau?: number
  /** Spanish: Szigriszt-Pazos (INFLESZ scale) and Fernández-Huerta reading ease. */
  szigriszt?: number
  fernandezHuerta?: number
  /** Distinct registry entries cited. */
  sources: number
  /** Share of checked paragraphs and list items that carry a citation (the rest are marked no-cite). */
  citedShare: number
}

/** One row per checked document for the end of `npm run check`. */
export function summarize(documents: VFile[]): DocumentSummary[] {
  return documents
    .filter((d) => d.data.reading || d.data.readingEs)
    .map((d) => {
      const coverage = d.data.coverage ?? { blocks: 0, cited: 0, exempt: 0 }
      const en = d.data.reading
      const es = d.data.readingEs
      return {
        file: d.path,
        words: (en ?? es)!.words,
        ...(en ? { grade: en.fleschKincaid, colemanLiau: en.colemanLiau } : {}),
        ...(es ? { szigriszt: es.szigriszt, fernandezHuerta: es.fernandezHuerta } : {}),
        sources: d.data.references?.length ?? 0,
        citedShare: coverage.blocks ? Math.round((coverage.cited / coverage.blocks) * 100) : 100,
      }
    })
}
