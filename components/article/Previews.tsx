import { messages, type Locale } from '@/lib/i18n'
import { PAGE_IDS } from '@/lib/page-ids'

/**
 * The one shared preview card for citations and glossary terms, filled and shown by
 * browser/previews.ts. Without JavaScript it stays empty and hidden, and the links still go to
 * the reference or the glossary.
 */
export function Previews({ lang }: { lang: Locale }) {
  const t = messages(lang).article
  return <div id={PAGE_IDS.preview} popover="auto" className="preview" data-go-to-references={t.goToReferences} data-read-in-glossary={t.readInGlossary} />
}
