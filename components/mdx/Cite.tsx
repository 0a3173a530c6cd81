import type { CiteItem } from '@/lib/citations/remark-citations'
import { referenceId } from '@/lib/page-ids'

/**
 * A numbered citation marker, generated from `[@key]` by lib/citations/remark-citations.ts.
 * Each number links to its entry in the reference list, whose back-link returns here by id; with
 * JavaScript, focusing, hovering or tapping it also previews the reference (browser/previews.ts).
 * Kept to the fewest elements (the brackets are CSS): an article can carry a hundred of these.
 */
export function Cite({ items }: { items: CiteItem[] }) {
  const link = (item: CiteItem) => (
    <a key={item.anchor} id={item.anchor} href={`#${referenceId(item.id)}`} aria-label={`Source ${item.n}`}>
      {item.n}
    </a>
  )
  // One source (the usual case) needs no list around it.
  const [only] = items
  if (items.length === 1 && only) return <sup className="cite">{link(only)}</sup>
  return <sup className="cite">{items.flatMap((item, i) => (i ? [', ', link(item)] : [link(item)]))}</sup>
}
