import type { CiteItem } from '@/lib/citations/remark-citations'
import { messages, type Locale } from '@/lib/i18n'
import { referenceId } from '@/lib/page-ids'

/**
 * A numbered citation marker, generated from `[@key]` by lib/citations/remark-citations.ts.
 * Each number links to its entry in the reference list, whose back-link returns here by id; with
 * JavaScript, focusing, hovering or tapping it also previews the reference (browser/previews.ts).
 * Kept to the fewest elements (the brackets are CSS): an article can carry a hundred of these.
 */
export function Cite({ items, lang }: { items: CiteItem[]; lang: Locale }) {
  const t = messages(lang).article
  // A source listed on another page (the shared closing part's) links there and says so.
  const link = (item: CiteItem) => (
    <a
      key={item.id}
      id={item.anchor}
      href={`${item.listedOn?.href ?? ''}#${referenceId(item.id)}`}
      aria-label={item.listedOn ? t.sourceOf(item.n, item.listedOn.title) : t.source(item.n)}
    >
      {item.n}
    </a>
  )
  // One source (the usual case) needs no list around it.
  const [only] = items
  if (items.length === 1 && only) return <sup className="cite">{link(only)}</sup>
  return <sup className="cite">{items.flatMap((item, i) => (i ? [', ', link(item)] : [link(item)]))}</sup>
}
