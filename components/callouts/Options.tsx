import type { ReactNode } from 'react'

/**
 * Treatment options side by side (lib/content/components.ts): each option is a heading with the
 * same questions as a list, so a phone reads one card after another and paper gets two columns.
 */
export function Options({ children }: { children: ReactNode }) {
  return <div className="options">{children}</div>
}
