import type { ParsedFrontmatter } from '../frontmatter'
import type { Finding } from '../findings'

/** How many days before nextReviewDue the check starts warning. */
export const DUE_SOON_DAYS = 30

const day = 24 * 60 * 60 * 1000
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / day)

/**
 * Pages are re-checked on a schedule: an overdue review is an error (the page cannot be
 * published until someone reviews it), a review due within 30 days is a warning, and a review
 * date in the future is a typo.
 */
export function reviewRules(fm: { lastReviewed: string; nextReviewDue: string }, parsed: ParsedFrontmatter, file: string, today: string): Finding[] {
  const findings: Finding[] = []
  const dueIn = daysBetween(today, fm.nextReviewDue)
  const dueAt = parsed.locate(['nextReviewDue'])
  if (dueIn < 0) {
    findings.push({ file, ...dueAt, severity: 'error', rule: 'review/overdue', message: `Review overdue: nextReviewDue was ${fm.nextReviewDue}, ${-dueIn} day${dueIn === -1 ? '' : 's'} ago.`, hint: 'review the page against its sources, then set lastReviewed to today and a new nextReviewDue (and add a history entry).' })
  } else if (dueIn <= DUE_SOON_DAYS) {
    findings.push({ file, ...dueAt, severity: 'warning', rule: 'review/due-soon', message: `Review due in ${dueIn} day${dueIn === 1 ? '' : 's'} (${fm.nextReviewDue}).`, hint: 'plan the review now: after that date the build refuses to publish the page.' })
  }
  if (daysBetween(today, fm.lastReviewed) > 0) {
    findings.push({ file, ...parsed.locate(['lastReviewed']), severity: 'error', rule: 'review/future-date', message: `lastReviewed (${fm.lastReviewed}) is in the future.`, hint: 'use the date the review actually happened.' })
  }
  return findings
}
