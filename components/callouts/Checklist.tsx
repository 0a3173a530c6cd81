import type { ReactNode } from 'react'
import type { PropsOf } from '@/lib/content/components'

/**
 * A printable checklist: a plain list whose items show an empty box to tick on paper. The boxes
 * are drawn by CSS, so there are no unlabelled form controls for screen readers to trip over.
 */
export function Checklist({ title, children }: PropsOf<'Checklist'> & { children: ReactNode }) {
  return (
    <div className="checklist not-prose my-6">
      {title ? <p className="font-bold">{title}</p> : null}
      {children}
    </div>
  )
}
