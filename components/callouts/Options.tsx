import type { ReactNode } from 'react'

/**
 * Treatment options side by side (lib/content/components.ts): each option is a heading with the
 * same questions as a list, so a phone reads one card after another and paper gets two columns.
 */
export function Options({ children }: { children: ReactNode }) {
  return <div className="options">{children}</div>
}

/**
 * Some of the options' answers as one table, with the editor's heading and words on how to use it
 * (lib/content/options-table.ts builds the table from the cards). On paper the cards are the summary.
 */
export function OptionsGlance({ children }: { children: ReactNode }) {
  return <div className="glance">{children}</div>
}
