/**
 * npm run docs: rewrite the parts of docs/editing.md that are written from code (the rule table,
 * the components and their examples, the no-cite reasons). A test fails when they are out of date.
 */
import fs from 'node:fs'
import { fillGenerated } from '../lib/content/docs'

const file = 'docs/editing.md'
const before = fs.readFileSync(file, 'utf8')
const after = fillGenerated(before)
if (after !== before) fs.writeFileSync(file, after)
console.log(after === before ? `${file} is up to date.` : `${file} updated.`)
