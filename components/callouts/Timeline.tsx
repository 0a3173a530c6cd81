import type { ReactNode } from 'react'
import type { PropsOf } from '@/lib/content/components'

/** Steps in time order: the numbered list an editor writes, drawn as a line with a dot per step. */
export function Timeline({ title, children }: PropsOf<'Timeline'> & { children: ReactNode }) {
  return (
    <div className="timeline not-prose">
      {title ? <p className="font-bold">{title}</p> : null}
      {children}
    </div>
  )
}
