import type { ReactNode } from 'react'

/** A list an editor writes, under an optional bold title, drawn by the CSS of its kind (globals.css). */
export function ListBlock({ kind, title, children }: { kind: string; title?: string; children: ReactNode }) {
  return (
    <div className={`${kind} not-prose`}>
      {title ? <p className="font-bold">{title}</p> : null}
      {children}
    </div>
  )
}
