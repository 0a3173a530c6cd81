import type { ReactNode } from 'react'
import { glossaryHref } from '@/lib/content/glossary'
import type { Locale } from '@/lib/i18n'

/**
 * A technical term linked to its glossary entry. The link works everywhere; with JavaScript, the
 * definition also shows in place on focus, hover or tap (browser/previews.ts reads it
 * from the glossary's definitions.json in the page's language, so pages do not each carry a copy).
 */
export function GlossaryTerm({ id, children, lang }: { id: string; children: ReactNode; lang: Locale }) {
  return (
    <a href={`${glossaryHref(lang)}#${id}`} className="glossary-term">
      {children}
    </a>
  )
}
