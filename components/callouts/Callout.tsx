import type { ReactNode } from 'react'

const KINDS = {
  info: { label: 'Good to know', border: 'border-info' },
  warning: { label: 'Important', border: 'border-warn' },
} as const

interface Props {
  /** "info" (background, tips) or "warning" (a risk or limit the reader must not miss). */
  kind?: keyof typeof KINDS
  /** Short heading; the kind's label ("Good to know", "Important") is shown before it in words. */
  title?: string
  children: ReactNode
}

/** A highlighted box whose meaning is carried by its words, not only its colour. */
export function Callout({ kind = 'info', title, children }: Props) {
  const { label, border } = KINDS[kind]
  return (
    <aside className={`not-prose my-6 rounded border-l-8 ${border} bg-surface px-5 py-4`}>
      <p className="font-bold">
        {label}
        {title ? `: ${title}` : ''}
      </p>
      <div className="mt-2 space-y-3 [&_li]:my-1 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6">{children}</div>
    </aside>
  )
}
