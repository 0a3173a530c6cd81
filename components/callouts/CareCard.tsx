import type { ReactNode } from 'react'
import type { PropsOf } from '@/lib/content/components'
import { messages, type Locale } from '@/lib/i18n'

/**
 * How urgent the advice is, in words first (as NHS care cards do): the colour only repeats it.
 */
const LEVELS = {
  'non-urgent': { head: 'bg-info text-page', body: 'border-info' },
  urgent: { head: 'bg-urgent text-page', body: 'border-urgent' },
  emergency: { head: 'bg-emergency text-page', body: 'border-emergency' },
} as const

/** When to get help: non-urgent, urgent or emergency, each stating its meaning in words (props: lib/content/components.ts). */
export function CareCard({ level, title, children, lang }: PropsOf<'CareCard'> & { children: ReactNode; lang: Locale }) {
  const { head, body } = LEVELS[level]
  const label = messages(lang).callouts[level]
  return (
    <section className={`not-prose my-6 rounded border-2 ${body}`} aria-label={`${label}: ${title}`}>
      <div className={`${head} px-5 py-3`}>
        <p className="text-sm font-bold uppercase tracking-wide">{label}</p>
        <p className="text-lg font-bold">{title}</p>
      </div>
      <div className="space-y-3 bg-page px-5 py-4 [&_li]:my-1 [&_ul]:list-disc [&_ul]:pl-6">{children}</div>
    </section>
  )
}
