import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkFile } from '@/lib/content/check'
import { spanishReadingStats } from '@/lib/readability'
import { lines } from '../helpers/messages'

/**
 * A translation against its English original, in a throwaway git repository: the fixture site's
 * registry, one English article committed, and Spanish versions of it that keep, drop or move
 * things. Each message is pinned as an editor sees it.
 */
const fixture = path.resolve('tests/fixtures/site')
const english = fs.readFileSync(path.join(fixture, 'content/articles/valid-article.mdx'), 'utf8')
let root: string
let revision: string
const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()

const spanish = (body: string, fm: Record<string, string> = {}) => `---
title: Artículo de prueba sobre la ketamina
description: Un artículo válido y corto, traducido, que las pruebas usan para comparar con su original.
section: basics
order: 1
lastReviewed: ${fm.lastReviewed ?? '2026-11-01'}
nextReviewDue: ${fm.nextReviewDue ?? '2027-05-01'}
reviewer: Equipo editorial del sitio
translationOf: ${fm.translationOf ?? 'content/articles/valid-article.mdx'}
sourceRevision: ${fm.sourceRevision ?? revision}
keyFacts:
  - Una dosis de ketamina puede aliviar la depresión en un día. [@kryst2020]
  - El efecto de una dosis suele pasar en una semana. [@kryst2020]
  - La esketamina solo se da en clínicas certificadas. [@spravatoPI2025]
---
${body}`

const FULL = `
## Qué tan rápido funciona [#how-fast-it-works]

En un estudio pequeño, la depresión bajó a los 3 días de un goteo de ketamina. [@berman2000]

Los ensayos combinados muestran el mayor efecto hacia el primer día. [@kryst2020; @berman2000]

### Cuánto dura [#duration]

El efecto de una dosis suele pasar después de una semana. [@kryst2020]

## Dónde se da [#where-it-is-given]

La esketamina se da en clínicas certificadas, y el personal lo vigila durante 2 horas. [@spravatoPI2025]
`

const check = (name: string, text: string) => {
  const file = path.join(root, 'content/es/articles', name)
  fs.writeFileSync(file, text)
  try {
    return lines(checkFile(root, file)).filter((l) => l.includes('translation/') || l.includes('links/'))
  } finally {
    fs.rmSync(file)
  }
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'translation-'))
  fs.cpSync(path.join(fixture, 'content/references'), path.join(root, 'content/references'), { recursive: true })
  fs.mkdirSync(path.join(root, 'content/articles'), { recursive: true })
  fs.mkdirSync(path.join(root, 'content/es/articles'), { recursive: true })
  fs.writeFileSync(path.join(root, 'content/articles/valid-article.mdx'), english)
  git('init', '-q')
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '--allow-empty', '-m', 'empty')
  git('add', '.')
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'English article')
  revision = git('rev-parse', '--short', 'HEAD')
})
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('a translation and its original', () => {
  it('passes when it keeps every section and every citation', () => {
    expect(check('articulo.mdx', spanish(FULL))).toEqual([])
  })

  it('reports a dropped section where it should be, naming the original line', () => {
    const dropped = FULL.replace(/### Cuánto dura[\s\S]*?(?=## Dónde)/, '')
    expect(check('articulo.mdx', spanish(dropped))).toEqual([
      'content/es/articles/articulo.mdx:23:1  error  translation/section  Section #duration of content/articles/valid-article.mdx (line 21) is missing.\n    hint: translate it under a heading pinned with its id: ## … [#duration]',
    ])
  })

  it('reports a citation its section lost, at that section’s heading', () => {
    const moved = FULL.replace(' [@spravatoPI2025]', '').replace('una semana. [@kryst2020]', 'una semana. [@kryst2020; @spravatoPI2025]')
    expect(check('articulo.mdx', spanish(moved))).toEqual([
      'content/es/articles/articulo.mdx:27:1  error  translation/citation  Citation @spravatoPI2025 of content/articles/valid-article.mdx in section #where-it-is-given is missing from the translation.\n    hint: keep every citation of the original in the same section: [@spravatoPI2025]',
    ])
  })

  it('reports a link to an English page that has a Spanish version, with the address to write', () => {
    const text = spanish(`${FULL}\nVea [cuánto dura](/articles/valid-article/#duration). [@kryst2020]\n`)
    expect(check('articulo.mdx', text)).toEqual([
      'content/es/articles/articulo.mdx:31:5  error  translation/link-language  Link to the English page /articles/valid-article/: this page is in another language.\n    hint: link its version instead: /es/articles/articulo/#duration',
    ])
  })

  it('reports a second translation of the same original into the same language', () => {
    fs.writeFileSync(path.join(root, 'content/es/articles/otro.mdx'), spanish(FULL))
    try {
      expect(check('articulo.mdx', spanish(FULL))).toEqual([
        'content/es/articles/articulo.mdx:9:16  error  translation/original  content/es/articles/otro.mdx already translates content/articles/valid-article.mdx.\n    hint: each English file has at most one translation per language.',
      ])
    } finally {
      fs.rmSync(path.join(root, 'content/es/articles/otro.mdx'))
    }
  })

  it('says when the original changed after the revision it names: a warning, then an error once the review is due', () => {
    fs.appendFileSync(path.join(root, 'content/articles/valid-article.mdx'), '\nA new sentence, not yet cited.\n')
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-am', 'Add a sentence')
    const last = git('log', '-1', '--format=%h %cs: %s')
    try {
      expect(check('articulo.mdx', spanish(FULL))).toEqual([
        `content/es/articles/articulo.mdx:10:17  warning  translation/stale  The English original changed after ${revision} (${last}).\n    hint: see what changed with: git diff ${revision} -- content/articles/valid-article.mdx; bring the translation up to date, then set sourceRevision to the new revision. This becomes an error after nextReviewDue (2027-05-01).`,
      ])
      const overdue = check('articulo.mdx', spanish(FULL, { lastReviewed: '2026-01-01', nextReviewDue: '2026-06-01' }))
      expect(overdue.filter((l) => l.includes('translation/stale'))[0]).toMatch(/^content\/es\/articles\/articulo\.mdx:10:17  error  translation\/stale  The English original changed after /)
      // Brought up to date: the new revision, and nothing to report.
      expect(check('articulo.mdx', spanish(FULL, { sourceRevision: git('rev-parse', '--short', 'HEAD') }))).toEqual([])
    } finally {
      git('reset', '-q', '--hard', revision)
    }
  })

  it('only warns in a shallow clone that lacks the revision (as CI checkouts often are): it cannot tell', () => {
    fs.appendFileSync(path.join(root, 'content/articles/valid-article.mdx'), '\nA new sentence, not yet cited.\n')
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-am', 'Add a sentence')
    const shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'translation-shallow-'))
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, shallow], { stdio: 'ignore' })
      const file = path.join(shallow, 'content/es/articles/articulo.mdx')
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, spanish(FULL))
      expect(lines(checkFile(shallow, file)).filter((l) => l.includes('translation/'))).toEqual([
        `content/es/articles/articulo.mdx:10:17  warning  translation/revision  Cannot tell whether content/articles/valid-article.mdx changed since ${revision}: this checkout has no history back to it.\n    hint: run the check in a full git clone (git fetch --unshallow in a shallow one).`,
      ])
    } finally {
      fs.rmSync(shallow, { recursive: true, force: true })
      git('reset', '-q', '--hard', revision)
    }
  })

  it('reports an original that is not there, and a revision git does not know', () => {
    expect(check('articulo.mdx', spanish(FULL, { translationOf: 'content/articles/no-such-article.mdx' }))).toEqual([
      'content/es/articles/articulo.mdx:9:16  error  translation/original  translationOf names "content/articles/no-such-article.mdx", which is not an English content file.\n    hint: write the path from the project root, like content/articles/side-effects.mdx.',
    ])
    expect(check('articulo.mdx', spanish(FULL, { sourceRevision: 'abcdef1' }))).toEqual([
      'content/es/articles/articulo.mdx:10:17  error  translation/revision  sourceRevision "abcdef1" is not a commit git knows.\n    hint: write the revision you translated from: git log -1 --format=%h -- content/articles/valid-article.mdx',
    ])
  })
})

describe('Spanish reading ease', () => {
  it('counts Spanish syllables (diphthongs and hiatus) and applies both formulas', () => {
    const s = spanishReadingStats('El día es largo. La ciudad tiene agua y aéreas rutas.')
    // Counted by hand: el 1, dí-a 2 (hiatus), es 1, lar-go 2 | la 1, ciu-dad 2 (diphthong), tie-ne 2,
    // a-gua 2, y 1, a-é-re-as 4, ru-tas 2: 20 syllables in 11 words, 2 sentences.
    expect(s).toMatchObject({ sentences: 2, words: 11, syllables: 20 })
    expect(s.szigriszt).toBeCloseTo(206.835 - 62.3 * (20 / 11) - 11 / 2, 1)
    expect(s.fernandezHuerta).toBeCloseTo(206.84 - 0.6 * ((20 / 11) * 100) - 1.02 * ((2 / 11) * 100), 1)
  })
})
