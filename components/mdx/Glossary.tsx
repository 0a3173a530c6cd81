import type { ReactNode } from 'react'
import type { GlossaryEntry } from '@/lib/content/glossary'

/**
 * A technical term linked to its glossary entry. The link works everywhere; with JavaScript, the
 * definition also shows in place on focus, hover or tap (see components/article/Previews.tsx).
 */
export function GlossaryTerm({ id, children }: { id: string; children: ReactNode }) {
  return (
    <a href={`/glossary/#${id}`} className="glossary-term" data-preview={`def-${id}`}>
      {children}
    </a>
  )
}

/** The definitions of the terms a page links to, hidden until a preview shows one. */
export function GlossaryDefinitions({ items }: { items: GlossaryEntry[] }) {
  return (
    <div hidden className="glossary-definitions" data-pagefind-ignore="">
      {items.map((item) => (
        <div key={item.id} id={`def-${item.id}`}>
          <p className="font-bold">{item.term}</p>
          <p>{item.definition}</p>
          <p>
            <a href={`/glossary/#${item.id}`}>Read it in the glossary</a>
          </p>
        </div>
      ))}
    </div>
  )
}
