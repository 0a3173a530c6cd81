import { splitHistory, type HistoryItem } from '@/lib/content/corrections'
import { formatDate } from '@/lib/dates'
import { PAGE_IDS } from '@/lib/page-ids'

interface Props {
  lastReviewed: string
  nextReviewDue: string
  reviewer: string
  history?: HistoryItem[]
}

function HistoryList({ items, corrections }: { items: HistoryItem[]; corrections?: boolean }) {
  return (
    <ul className="mt-1 list-disc pl-6">
      {items.map((h) => (
        <li key={`${h.date}-${h.summary}`}>
          <time dateTime={h.date}>{formatDate(h.date)}</time>: {h.summary}
          {corrections && h.why ? <> Why: {h.why}</> : null}
        </li>
      ))}
    </ul>
  )
}

/**
 * When the page was last checked, when it will be checked again, by whom, and what changed:
 * corrections (something we said was wrong) apart from routine updates.
 */
export function ReviewStamp({ lastReviewed, nextReviewDue, reviewer, history }: Props) {
  const { corrections, updates } = splitHistory(history)
  return (
    <div id={PAGE_IDS.review} data-pagefind-ignore="" className="mt-4 rounded border border-line bg-surface px-4 py-3 text-base">
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="font-semibold">Last reviewed</dt>
        <dd><time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time></dd>
        <dt className="font-semibold">Next review due</dt>
        <dd><time dateTime={nextReviewDue}>{formatDate(nextReviewDue)}</time></dd>
        <dt className="font-semibold">Reviewed by</dt>
        <dd>{reviewer}</dd>
      </dl>
      {history?.length ? (
        <details className="no-print mt-2">
          <summary className="cursor-pointer text-link underline">
            What changed{corrections.length ? ` (${corrections.length} correction${corrections.length === 1 ? '' : 's'})` : ''}
          </summary>
          {corrections.length ? (
            <>
              <p className="mt-2 font-semibold">Corrections</p>
              <HistoryList items={corrections} corrections />
              <p className="mt-1"><a href="/corrections/">All corrections on this site</a></p>
            </>
          ) : null}
          {updates.length ? (
            <>
              <p className="mt-2 font-semibold">Updates</p>
              <HistoryList items={updates} />
            </>
          ) : null}
        </details>
      ) : null}
    </div>
  )
}
