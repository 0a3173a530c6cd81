import type { ReactNode } from 'react'
import { messages, type Locale } from '@/lib/i18n'
import { PAGE_IDS } from '@/lib/page-ids'

/** The "Key facts" box at the top of every article, built from the frontmatter's keyFacts. */
export function KeyFacts({ children, lang }: { children: ReactNode; lang: Locale }) {
  return (
    <aside aria-labelledby={PAGE_IDS.keyFacts} className="key-facts not-prose">
      <h2 id={PAGE_IDS.keyFacts}>{messages(lang).article.keyFacts}</h2>
      <div>{children}</div>
    </aside>
  )
}
