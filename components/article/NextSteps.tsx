import { Children, type ReactNode } from 'react'
import { NEXT_STEPS } from '@/lib/content/next-steps'
import { hrefFor } from '@/lib/content/paths'
import { absoluteUrl } from '@/lib/metadata'
import { messages, type Locale } from '@/lib/i18n'
import { PAGE_IDS } from '@/lib/page-ids'

/**
 * The closing part of every article (content/pages/next-steps.mdx, placed by the pipeline). Its
 * source numbers are those of its own page, where the sources are listed once (not on every article),
 * so the line under its heading says so before the first number: the same number can name another
 * source in the article above.
 */
export function NextSteps({ title, children, lang }: { title: string; children: ReactNode; lang: Locale }) {
  const href = `${hrefFor('pages', NEXT_STEPS.slug, lang)}#${PAGE_IDS.references}`
  const t = messages(lang).article.nextStepsNote
  const [heading, ...body] = Children.toArray(children)
  return (
    <section aria-labelledby={NEXT_STEPS.id} className="next-steps">
      {heading}
      <p className="text-muted">
        {t.before}<a href={href}>{title}</a>
        <span className="next-steps-url print-only"> ({absoluteUrl(href)})</span>{t.after}
      </p>
      {body}
    </section>
  )
}
