import { changeLogId, historyCounts, type HistoryItem } from '@/lib/content/corrections'
import { formatDate, localePath, messages, type Locale } from '@/lib/i18n'
import { PAGE_IDS } from '@/lib/page-ids'

interface Props {
  lastReviewed: string
  nextReviewDue: string
  reviewer: string
  /** The page's own address, to link its change log. */
  href: string
  history?: HistoryItem[]
  lang: Locale
}

/**
 * When the page was last checked, when it will be checked again, by whom, and a link to what
 * changed. The change log itself lives on the corrections page, next to every other page's: kept
 * off the page so the answer, not the paperwork, fills the first screen and the first round trip.
 */
export function ReviewStamp({ lastReviewed, nextReviewDue, reviewer, href, history, lang }: Props) {
  const t = messages(lang).article
  return (
    <div id={PAGE_IDS.review} data-pagefind-ignore="" className="review box mt-10">
      <dl>
        <dt>{t.lastReviewed}</dt>
        <dd><time dateTime={lastReviewed}>{formatDate(lastReviewed, lang)}</time></dd>
        <dt>{t.nextReview}</dt>
        <dd><time dateTime={nextReviewDue}>{formatDate(nextReviewDue, lang)}</time></dd>
        <dt>{t.reviewedBy}</dt>
        <dd>{reviewer}</dd>
        {history?.length ? (
          <>
            <dt>{t.whatChanged}</dt>
            <dd><a href={`${localePath(lang, '/corrections/')}#${changeLogId(href)}`}>{historyCounts(history, t.counts)}</a></dd>
          </>
        ) : null}
      </dl>
    </div>
  )
}
