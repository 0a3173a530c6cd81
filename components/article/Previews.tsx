import { PAGE_IDS } from '@/lib/page-ids'

/**
 * The one shared preview card for citations and glossary terms, filled and shown by
 * browser/previews.ts. Without JavaScript it stays empty and hidden, and the links still go to
 * the reference or the glossary.
 */
export function Previews() {
  return <div id={PAGE_IDS.preview} popover="auto" className="preview" />
}
