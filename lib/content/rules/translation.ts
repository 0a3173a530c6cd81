import { defineRule } from './define'

/**
 * Rules for translations (content/<lang>/…). They are reported by lib/content/translation.ts,
 * which compares a translation with the English file it names.
 */
export const original = defineRule({
  id: 'translation/original',
  catches: 'a translation whose `translationOf` names no English file, or one another translation already names',
  severity: 'error',
})

export const stale = defineRule({
  id: 'translation/stale',
  catches: 'a translation whose English original changed after the revision it names (a warning; an error once its nextReviewDue has passed)',
  severity: 'warning',
})

export const revision = defineRule({
  id: 'translation/revision',
  catches: 'a `sourceRevision` git does not know (a warning when the checkout has no history back to it: a shallow clone or no git)',
  severity: 'error',
})

export const section = defineRule({
  id: 'translation/section',
  catches: 'a section of the English original (its heading id) missing from the translation',
  severity: 'error',
})

export const citation = defineRule({
  id: 'translation/citation',
  catches: 'a citation of the English original missing from the same section of the translation',
  severity: 'error',
})

export const linkLanguage = defineRule({
  id: 'translation/link-language',
  catches: 'a link from a translation to an English page that has a version in the translation’s language',
  severity: 'error',
})

export const RULES = [original, stale, revision, section, citation, linkLanguage]
