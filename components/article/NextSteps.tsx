import type { ReactNode } from 'react'
import { NEXT_STEPS } from '@/lib/content/next-steps'
import { hrefFor } from '@/lib/content/paths'
import { absoluteUrl } from '@/lib/metadata'
import { PAGE_IDS } from '@/lib/page-ids'

/**
 * The closing part of every article (content/pages/next-steps.mdx, placed by the pipeline). Its
 * source numbers are those of its own page, where the sources are listed once (not on every article).
 */
export function NextSteps({ title, children }: { title: string; children: ReactNode }) {
  const href = `${hrefFor('pages', NEXT_STEPS.slug)}#${PAGE_IDS.references}`
  return (
    <section aria-labelledby={NEXT_STEPS.id} className="next-steps">
      {children}
      <p className="text-muted">
        The sources for this part (its numbers) are listed on <a href={href}>{title}</a>
        <span className="print-only"> ({absoluteUrl(href)})</span>.
      </p>
    </section>
  )
}
