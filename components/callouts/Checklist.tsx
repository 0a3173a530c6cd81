import type { ReactNode } from 'react'
import type { PropsOf } from '@/lib/content/components'
import { ListBlock } from './ListBlock'

/**
 * A printable checklist: a plain list whose items show an empty box to tick on paper. The boxes
 * are drawn by CSS, so there are no unlabelled form controls for screen readers to trip over.
 */
export function Checklist({ title, children }: PropsOf<'Checklist'> & { children: ReactNode }) {
  return (
    <ListBlock kind="checklist my-6" title={title}>
      {children}
    </ListBlock>
  )
}
