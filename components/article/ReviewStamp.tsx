import { changeLogId, historyCounts, type HistoryItem } from '@/lib/content/corrections'
import { formatDate } from '@/lib/dates'
import { PAGE_IDS } from '@/lib/page-ids'

interface Props {
  lastReviewed: string
  nextReviewDue: string
  reviewer: string
  /** The page's own address, to link its change log. */
  href: string
  history?: HistoryItem[]
}

/**
 * When the page was last checked, when it will be checked again, by whom, and a link to what
 * changed. The change log itself lives on /corrections/, next to every other page's: kept off the
 * page so the answer, not the paperwork, fills the first screen and the first round trip.
 */
export function ReviewStamp({ lastReviewed, nextReviewDue, reviewer, href, history }: Props) {
  return (
    <div id={PAGE_IDS.review} data-pagefind-ignore="" className="review box mt-10">
      <dl>
        <dt>Last reviewed</dt>
        <dd><time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time></dd>
        <dt>Next review due</dt>
        <dd><time dateTime={nextReviewDue}>{formatDate(nextReviewDue)}</time></dd>
        <dt>Reviewed by</dt>
        <dd>{reviewer}</dd>
        {history?.length ? (
          <>
            <dt>What changed</dt>
            <dd><a href={`/corrections/#${changeLogId(href)}`}>{historyCounts(history)}</a></dd>
          </>
        ) : null}
      </dl>
    </div>
  )
}
