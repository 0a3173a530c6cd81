import { formatDate } from '@/lib/dates'

interface Props {
  lastReviewed: string
  nextReviewDue: string
  reviewer: string
  history?: { date: string; summary: string }[]
}

/** When the page was last checked, when it will be checked again, by whom, and what changed. */
export function ReviewStamp({ lastReviewed, nextReviewDue, reviewer, history }: Props) {
  return (
    <div id="review" data-pagefind-ignore="" className="mt-4 rounded border border-line bg-surface px-4 py-3 text-base">
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
          <summary className="cursor-pointer text-link underline">What changed</summary>
          <ul className="mt-2 list-disc pl-6">
            {history.map((h) => (
              <li key={`${h.date}-${h.summary}`}>
                <time dateTime={h.date}>{formatDate(h.date)}</time>: {h.summary}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  )
}
