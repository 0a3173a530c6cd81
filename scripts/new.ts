/**
 * npm run new -- <slug>
 * Start a new article at content/articles/<slug>.mdx with every frontmatter field filled in,
 * today's date, draft: true, and commented examples of a citation, a callout and a care card.
 */
import fs from 'node:fs'
import path from 'node:path'
import { CONTENT_DIRS, today } from '../lib/content/paths'
import { slugPattern } from '../lib/content/schema'
import { SECTION_IDS } from '../lib/content/sections'

const slug = process.argv[2]?.trim()
const fail = (message: string) => {
  console.error(message)
  process.exit(1)
}
if (!slug) fail('Usage: npm run new -- <slug>   (for example: npm run new -- driving-after-treatment)')
if (!slugPattern.test(slug!)) fail(`"${slug}" is not a valid slug: use lowercase words joined by hyphens, like driving-after-treatment.`)

const file = path.join(process.cwd(), CONTENT_DIRS.articles, `${slug}.mdx`)
if (fs.existsSync(file)) fail(`${path.relative(process.cwd(), file)} already exists: choose another slug or edit that file.`)

const date = today()
const due = new Date(`${date}T00:00:00Z`)
due.setUTCMonth(due.getUTCMonth() + 6)
const title = slug!.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())

const template = `---
# Every field is documented in lib/content/schema.ts. While draft is true the page is checked
# but never published; set it to false when the article is ready.
title: ${title}
description: Replace with one or two plain sentences for link previews and search results.
section: ${SECTION_IDS[0]} # one of: ${SECTION_IDS.join(', ')}
order: 99
lastReviewed: ${date}
nextReviewDue: ${due.toISOString().slice(0, 10)}
reviewer: Site editorial team (checked against the cited sources; clinical review pending)
keyFacts:
  - Replace with a short key fact, cited like the body.
  - Replace with a second key fact, cited like the body.
  - Replace with a third key fact, cited like the body.
related: []
history:
  - date: ${date}
    summary: First draft.
draft: true
---

{/*
  The editor's guide is docs/editing.md. Examples (remove this comment when you are done):

  A claim, cited right after it, with one source or several:
    Ketamine was first approved in the US in 1970. [@ketamineInjGlandLabel]
    One dose usually wears off after about a week. [@kryst2020; @coyle2015]

  A callout (kind: info or warning):
    <Callout kind="warning" title="Short title">

    The text of the callout, cited like any other. [@spravatoUS]

    </Callout>

  A care card (level: non-urgent, urgent or emergency):
    <CareCard level="urgent" title="Call your care team the same day if:">

    - what to look out for

    </CareCard>

  Advice is a fact: cite it. Only a block that states no fact gets a no-cite comment on the
  line before it, written like this comment but starting with "no-cite:" and one of these
  reasons: question, navigation, about-site, checklist
*/}

## First section

Replace with your first paragraph, and cite it.
`

fs.mkdirSync(path.dirname(file), { recursive: true })
fs.writeFileSync(file, template)
console.log(`Created ${path.relative(process.cwd(), file)} (draft). Next: write it, then run npm run check.`)
