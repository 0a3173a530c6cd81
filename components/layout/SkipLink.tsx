import { messages, type Locale } from '@/lib/i18n'
import { PAGE_IDS } from '@/lib/page-ids'

/** First focusable element on every page: jumps past the header to the main content. */
export function SkipLink({ lang }: { lang: Locale }) {
  return (
    <a href={`#${PAGE_IDS.mainContent}`} className="sr-only-focusable absolute left-2 top-2 z-50 rounded bg-page px-4 py-2 font-semibold">
      {messages(lang).chrome.skipLink}
    </a>
  )
}
