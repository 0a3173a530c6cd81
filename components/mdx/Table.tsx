import type { ComponentProps } from 'react'

/**
 * Markdown tables scroll sideways inside their own focusable, labelled region, so the page never
 * scrolls horizontally on a phone and keyboard users can scroll the table too.
 */
export function Table(props: ComponentProps<'table'>) {
  return (
    <div role="region" aria-label="Table, scrolls sideways" tabIndex={0} className="my-6 overflow-x-auto">
      <table {...props} className="my-0" />
    </div>
  )
}
