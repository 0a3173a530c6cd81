import type { ReactNode } from 'react'
import type { PropsOf } from '@/lib/content/components'
import { ListBlock } from './ListBlock'

/** Steps in time order: the numbered list an editor writes, drawn as a line with a dot per step. */
export function Timeline({ title, children }: PropsOf<'Timeline'> & { children: ReactNode }) {
  return (
    <ListBlock kind="timeline" title={title}>
      {children}
    </ListBlock>
  )
}
