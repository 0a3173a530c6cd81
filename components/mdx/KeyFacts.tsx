import type { ReactNode } from 'react'
import { PAGE_IDS } from '@/lib/page-ids'

/** The "Key facts" box at the top of every article, built from the frontmatter's keyFacts. */
export function KeyFacts({ children }: { children: ReactNode }) {
  return (
    <aside aria-labelledby={PAGE_IDS.keyFacts} className="not-prose my-6 rounded border-l-8 border-info bg-surface px-5 py-4">
      <h2 id={PAGE_IDS.keyFacts} className="text-xl font-bold">Key facts</h2>
      <div className="mt-2 [&_li]:my-1 [&_ul]:list-disc [&_ul]:pl-6">{children}</div>
    </aside>
  )
}
