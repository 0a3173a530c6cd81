import type { ReactNode } from 'react'
import { COMPONENTS, type PropsOf } from '@/lib/content/components'
import { messages, type Locale } from '@/lib/i18n'

const BORDERS = { info: 'border-info', warning: 'border-warn' } as const

/** A highlighted box whose meaning is carried by its words, not only its colour (props: lib/content/components.ts). */
export function Callout({ children, lang, ...props }: PropsOf<'Callout'> & { children: ReactNode; lang: Locale }) {
  const { kind, title } = COMPONENTS.Callout.props.parse(props)
  const label = messages(lang).callouts[kind]
  const border = BORDERS[kind]
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
