import type { ReactNode } from 'react'

/**
 * A technical term linked to its glossary entry. The link works everywhere; with JavaScript, the
 * definition also shows in place on focus, hover or tap (browser/previews.ts reads it
 * from /glossary/definitions.json, so pages do not each carry a hidden copy).
 */
export function GlossaryTerm({ id, children }: { id: string; children: ReactNode }) {
  return (
    <a href={`/glossary/#${id}`} className="glossary-term">
      {children}
    </a>
  )
}
