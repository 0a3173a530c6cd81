import type { Reference } from './schema'

export function doiUrl(doi: string) {
  return `https://doi.org/${doi}`
}
export function pubmedUrl(pmid: string) {
  return `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`
}
export function pmcUrl(pmcid: string) {
  return `https://pmc.ncbi.nlm.nih.gov/articles/${pmcid}/`
}

/**
 * The link a reader clicks for a source: its DOI (the publisher's version of record), else its
 * PubMed record, else its PubMed Central copy, else the URL the entry gives.
 */
export function readerLink(ref: Pick<Reference, 'DOI' | 'PMID' | 'PMCID' | 'URL'>): string | undefined {
  if (ref.DOI) return doiUrl(ref.DOI)
  if (ref.PMID) return pubmedUrl(ref.PMID)
  if (ref.PMCID) return pmcUrl(ref.PMCID)
  return ref.URL
}
