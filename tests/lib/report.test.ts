import { describe, expect, it } from 'vitest'
import { collectCorrections, splitHistory, type HistoryItem } from '@/lib/content/corrections'
import type { Entry } from '@/lib/content/loader'
import type { PageFrontmatter } from '@/lib/content/schema'
import { reportLinks } from '@/lib/report'

describe('report a problem', () => {
  const page = { title: 'Side effects', path: '/articles/side-effects/' }

  it('opens the issue form with the page filled in', () => {
    const url = new URL(reportLinks(page, { repository: 'https://github.com/org/site', contactEmail: undefined }).issue)
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/org/site/issues/new')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: 'report-a-problem.yml',
      title: 'Problem on "Side effects"',
      page: 'https://ketamine-explained.example/articles/side-effects/',
    })
  })

  it('offers email only when an address is configured, with the page in subject and body', () => {
    expect(reportLinks(page, { repository: 'https://github.com/org/site', contactEmail: undefined }).email).toBeUndefined()
    const email = reportLinks(page, { repository: 'https://github.com/org/site', contactEmail: 'fix@example.org' }).email!
    expect(email.startsWith('mailto:fix@example.org?subject=Problem%20on%20%22Side%20effects%22&body=')).toBe(true)
    expect(decodeURIComponent(email.split('body=')[1]!)).toContain('Page: https://ketamine-explained.example/articles/side-effects/\n')
    expect(email).not.toContain('+')
  })
})

describe('corrections', () => {
  const entry = (title: string, href: string, history: HistoryItem[]) =>
    ({ slug: href, file: `${href}.mdx`, href, frontmatter: { title, history } as PageFrontmatter }) as Entry<PageFrontmatter>
  const fixed = (date: string, summary: string): HistoryItem => ({ date, summary, kind: 'correction', why: 'A reader showed the source said otherwise.' })
  const update = (date: string, summary: string): HistoryItem => ({ date, summary, kind: 'update' })

  it('lists every correction on the site, newest first, with its page', () => {
    const list = collectCorrections([
      entry('Side effects', '/articles/side-effects/', [fixed('2026-11-30', 'Fixed the sleepiness figure.'), update('2026-11-21', 'First published.')]),
      entry('About', '/about/', [fixed('2026-12-02', 'Fixed the report link.')]),
      entry('Help', '/help/', [update('2026-11-30', 'Checked numbers.')]),
    ])
    expect(list.map((c) => [c.date, c.page.href, c.summary])).toEqual([
      ['2026-12-02', '/about/', 'Fixed the report link.'],
      ['2026-11-30', '/articles/side-effects/', 'Fixed the sleepiness figure.'],
    ])
  })

  it("shows a page's corrections apart from its routine updates", () => {
    const { corrections, updates } = splitHistory([fixed('2026-11-30', 'A'), update('2026-11-21', 'B')])
    expect(corrections.map((h) => h.summary)).toEqual(['A'])
    expect(updates.map((h) => h.summary)).toEqual(['B'])
  })
})
