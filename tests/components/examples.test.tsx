import { describe, expect, it } from 'vitest'
import { EXAMPLES, renderExample } from '../helpers/examples'

/** What each component must show for its examples to count as rendered. */
const SHOWS: Record<string, RegExp> = {
  Callout: /Good to know|Important/,
  CareCard: /Urgent advice|Non-urgent advice|Emergency: act now/,
  Checklist: /class="checklist/,
  Fig: /at least 2 hours/,
  // Every article's key facts, with the four preselected ones ticked and their sources numbered.
  KeyFactsDigest: /id="facts-side-effects"[\s\S]*href="#ref-[\s\S]*data-digest="side-effects"[^>]*checked=""/,
  NotesSpace: /class="notes-space[^>]*aria-label="6 blank lines/,
  Options: /<div class="options">[\s\S]*<h2 id="esketamine"[\s\S]*at least 2 hours/,
  RepositoryLink: /<a href="https:\/\/github\.com\//,
}

describe('every documented component example', () => {
  it('has a render expectation for each component', () => {
    expect(Object.keys(SHOWS).sort()).toEqual([...new Set(EXAMPLES.map(([name]) => name))].sort())
  })

  it.each(EXAMPLES.map(([name, e]) => [`${name}: ${e.title}`, name, e.mdx] as const))('%s passes the check and renders', async (_title, name, mdx) => {
    const { html, messages } = await renderExample(mdx)
    expect(messages.filter((m) => m.fatal).map((m) => m.reason)).toEqual([])
    expect(html).toMatch(SHOWS[name]!)
  })
})
