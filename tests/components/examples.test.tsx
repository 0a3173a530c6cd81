import { describe, expect, it } from 'vitest'
import { EXAMPLES, renderExample } from '../helpers/examples'

/** What each component must show for its examples to count as rendered. */
const SHOWS: Record<string, RegExp> = {
  Callout: /Good to know|Important/,
  CareCard: /Urgent advice|Non-urgent advice|Emergency: act now/,
  Checklist: /class="checklist/,
  Fig: /at least 2 hours/,
  // Every article's key facts, with the four preselected ones ticked and their sources numbered.
  // The picture (patterns hidden from screen readers), the words under each array, and the cited caption.
  IconArray: /<figure class="icon-array[^"]*"><p class="icon-array-title">Felt detached \(dissociation\)<\/p>[\s\S]*aria-hidden="true"[\s\S]*<strong>41 in 100<\/strong> on esketamine[\s\S]*<strong>9 in 100<\/strong> on a dummy spray[\s\S]*<figcaption>[\s\S]*41 in 100 people on esketamine[\s\S]*href="#ref-spravatoHcpSafety"/,
  KeyFactsDigest: /id="facts-side-effects"[\s\S]*href="#ref-[\s\S]*data-digest="side-effects"[^>]*checked=""/,
  NotesSpace: /class="notes-space[^>]*aria-label="6 blank lines/,
  OptionsTable: /<div class="glance"><div class="heading-wrapper"><h2 id="at-a-glance"[\s\S]*Cross out[\s\S]*<table[^>]*>[\s\S]*<th[^>]*>How often<\/th>[\s\S]*Esketamine nasal spray<\/t[dh]>[\s\S]*Twice a week at first[\s\S]*at least 2 hours[\s\S]*<div class="options">/,
  Options: /<div class="options">[\s\S]*<h2 id="esketamine"[\s\S]*at least 2 hours/,
  Timeline: /<div class="timeline not-prose"><p class="font-bold">An esketamine session<\/p><ol>[\s\S]*at least 2 hours/,
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
