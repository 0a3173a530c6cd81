import type { ReactNode } from 'react'
import { formatDate, messages, type Locale } from '@/lib/i18n'
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
  lang: Locale
}

/**
 * One article's key facts in the summary for your doctor. The box decides whether it prints
 * (CSS :has() in globals.css): no script, and nothing is kept once the page is closed.
 */
export function DigestArticle({ slug, title, href, lastReviewed, checked, children, lang }: Props) {
  const id = digestId(slug)
  const t = messages(lang).summary
  return (
    <section aria-labelledby={id} className="digest not-prose">
      <h2 id={id}>{title}</h2>
      <p className="digest-from">
        {t.reviewed} {formatDate(lastReviewed, lang)}. <a href={href}>{t.readWhole}</a>
        <span className="digest-url print-only"> {t.at} {absoluteUrl(href)}</span>
      </p>
      {children}
      <label className="digest-pick no-print">
        <input type="checkbox" name="print" value={slug} defaultChecked={checked} data-digest={slug} />
        {t.include}
      </label>
    </section>
  )
}
