import type { CiteItem } from '@/lib/citations/remark-citations'

/**
 * A numbered citation marker, generated from `[@key]` by lib/citations/remark-citations.ts.
 * Each number links to its entry in the reference list, whose back-link returns here by id; with
 * JavaScript, focusing, hovering or tapping it also previews the reference (Previews.tsx).
 */
export function Cite({ items }: { items: CiteItem[] }) {
  return (
    <sup className="cite" data-pagefind-ignore="">
      <span aria-hidden="true">[</span>
      {items.map((item, i) => (
        <span key={item.anchor}>
          {i > 0 ? <span aria-hidden="true">, </span> : null}
          <a id={item.anchor} href={`#ref-${item.id}`} aria-label={`Source ${item.n}`} data-preview={`ref-${item.id}`}>
            {item.n}
          </a>
        </span>
      ))}
      <span aria-hidden="true">]</span>
    </sup>
  )
}
