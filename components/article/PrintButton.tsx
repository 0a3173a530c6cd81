import { hrefFor } from '@/lib/content/paths'
import { messages, type Locale } from '@/lib/i18n'

/** The page that gathers every article's key facts for printing (content/pages/for-your-doctor.mdx), per language. */
const summaryPage = (lang: Locale) => hrefFor('pages', 'for-your-doctor', lang)

/**
 * "Print this page": a real button, hidden until browser/print.ts can make it work (it needs
 * JavaScript). Its space is kept from the first paint, so its arrival shifts nothing (CLS 0).
 * On an article, a plain link beside it offers the summary for your doctor with this article ticked.
 */
export function PrintButton({ summaryOf, lang }: { summaryOf?: string; lang: Locale }) {
  const t = messages(lang).article
  return (
    <div className="print-controls no-print">
      <button type="button" data-print="" hidden>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M6 9V2h12v7M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2M6 14h12v8H6z" />
        </svg>
        {t.print}
      </button>
      {summaryOf ? <a href={`${summaryPage(lang)}?from=${summaryOf}`}>{t.printSummary}</a> : null}
    </div>
  )
}
