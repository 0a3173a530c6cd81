import type { ComponentProps } from 'react'
import { messages, type Locale } from '@/lib/i18n'

/**
 * Markdown tables scroll sideways inside their own focusable, labelled region, so the page never
 * scrolls horizontally on a phone and keyboard users can scroll the table too. No column is ever
 * hidden: a shadow at the edge shows there is more (CSS), and browser/tables.ts adds a line saying
 * so when the table is wider than the screen.
 */
export function Table({ lang, ...props }: ComponentProps<'table'> & { lang: Locale }) {
  const t = messages(lang).article
  return (
    <div role="region" aria-label={t.tableLabel} data-hint={t.tableHint} tabIndex={0} className="table-scroll">
      <table {...props} className="my-0" />
    </div>
  )
}
