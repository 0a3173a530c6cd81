import type { ReactNode } from 'react'
import { NEXT_STEPS } from '@/lib/content/next-steps'

/** The closing part of every article (content/pages/next-steps.mdx, placed by the pipeline). */
export function NextSteps({ children }: { children: ReactNode }) {
  return (
    <section aria-labelledby={NEXT_STEPS.id} className="next-steps">
      {children}
    </section>
  )
}
