import { defineRule, report } from './define'

/** How many days before nextReviewDue the check starts warning. */
export const DUE_SOON_DAYS = 30

const day = 24 * 60 * 60 * 1000
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / day)

export const overdue = defineRule({
  id: 'review/overdue',
  catches: 'a page whose next review date has passed: it cannot be published until it is reviewed',
  severity: 'error',
  check(_tree, file, ctx) {
    const fm = file.data.frontmatter
    if (!fm) return
    const dueIn = daysBetween(ctx.today, fm.nextReviewDue)
    if (dueIn < 0) report(file, overdue, `Review overdue: nextReviewDue was ${fm.nextReviewDue}, ${-dueIn} day${dueIn === -1 ? '' : 's'} ago.`, file.data.locate?.(['nextReviewDue']), 'review the page against its sources, then set lastReviewed to today and a new nextReviewDue (and add a history entry).')
  },
})

export const dueSoon = defineRule({
  id: 'review/due-soon',
  catches: `a review due within ${DUE_SOON_DAYS} days`,
  severity: 'warning',
  check(_tree, file, ctx) {
    const fm = file.data.frontmatter
    if (!fm) return
    const dueIn = daysBetween(ctx.today, fm.nextReviewDue)
    if (dueIn >= 0 && dueIn <= DUE_SOON_DAYS) report(file, dueSoon, `Review due in ${dueIn} day${dueIn === 1 ? '' : 's'} (${fm.nextReviewDue}).`, file.data.locate?.(['nextReviewDue']), 'plan the review now: after that date the build refuses to publish the page.')
  },
})

export const futureDate = defineRule({
  id: 'review/future-date',
  catches: 'a last-reviewed date in the future',
  severity: 'error',
  check(_tree, file, ctx) {
    const fm = file.data.frontmatter
    if (fm && daysBetween(ctx.today, fm.lastReviewed) > 0) report(file, futureDate, `lastReviewed (${fm.lastReviewed}) is in the future.`, file.data.locate?.(['lastReviewed']), 'use the date the review actually happened.')
  },
})
