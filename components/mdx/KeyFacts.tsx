import type { ReactNode } from 'react'
import { PAGE_IDS } from '@/lib/page-ids'

/** The "Key facts" box at the top of every article, built from the frontmatter's keyFacts. */
export function KeyFacts({ children }: { children: ReactNode }) {
  return (
    <aside aria-labelledby={PAGE_IDS.keyFacts} className="key-facts not-prose">
      <h2 id={PAGE_IDS.keyFacts}>Key facts</h2>
      <div>{children}</div>
    </aside>
  )
}
