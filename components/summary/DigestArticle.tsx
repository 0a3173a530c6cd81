import type { ReactNode } from 'react'
import { formatDate } from '@/lib/dates'
import { absoluteUrl } from '@/lib/metadata'
import { digestId } from '@/lib/page-ids'

interface Props {
  slug: string
  title: string
  href: string
  lastReviewed: string
  /** Ticked for printing when the page loads. */
  checked: boolean
  children: ReactNode
}

/**
 * One article's key facts in the summary for your doctor. The box decides whether it prints
 * (CSS :has() in globals.css): no script, and nothing is kept once the page is closed.
 */
export function DigestArticle({ slug, title, href, lastReviewed, checked, children }: Props) {
  const id = digestId(slug)
  return (
    <section aria-labelledby={id} className="digest not-prose">
      <h2 id={id}>{title}</h2>
      <p className="digest-from">
        Reviewed {formatDate(lastReviewed)}. <a href={href}>Read the whole article</a>
        <span className="digest-url print-only"> at {absoluteUrl(href)}</span>
      </p>
      {children}
      <label className="digest-pick no-print">
        <input type="checkbox" name="print" value={slug} defaultChecked={checked} data-digest={slug} />
        Include in the printout
      </label>
    </section>
  )
}
