import type { ComponentProps } from 'react'

/**
 * Markdown tables scroll sideways inside their own focusable, labelled region, so the page never
 * scrolls horizontally on a phone and keyboard users can scroll the table too. No column is ever
 * hidden: a shadow at the edge shows there is more (CSS), and browser/tables.ts adds a line saying
 * so when the table is wider than the screen.
 */
export function Table(props: ComponentProps<'table'>) {
  return (
    <div role="region" aria-label="Table, scrolls sideways" tabIndex={0} className="table-scroll">
      <table {...props} className="my-0" />
    </div>
  )
}
