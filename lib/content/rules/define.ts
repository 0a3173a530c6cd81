import type { Root } from 'mdast'
import type { Node } from 'unist'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { Site } from '../site'
import type { Locale } from '../../i18n/locales'
import type { Collection } from '../paths'

export type Severity = 'error' | 'warning'

/** What every per-file rule may read besides the file itself. */
export interface RuleContext {
  site: Site
  /** Today's date (YYYY-MM-DD), for review-date rules. */
  today: string
  collection: Collection
  /** The language the file is written in. */
  lang: Locale
  /** The page's own address, e.g. /articles/side-effects/. */
  href: string
  draft: boolean
}

/**
 * One rule: its id ("family/name", stable: editors search for it), what it catches in a line of
 * plain words (the editor's guide is generated from these), and its usual severity. A rule with
 * `check` runs over every content file, in the order of lib/content/rules/index.ts; the others are
 * reported where the mistake is found (the parser, the registry, the citation step).
 */
export interface Rule {
  id: `${string}/${string}`
  catches: string
  severity: Severity
  check?: (tree: Root, file: VFile, context: RuleContext) => void
}

export function defineRule<const R extends Rule>(rule: R): R {
  return rule
}

type Place = Node | { line: number; column: number } | undefined

/**
 * Report a finding of `rule` as a vfile message: the reason, the place, the rule id (source/ruleId,
 * as unified's linters do), and a hint for what to do (the message's note).
 */
export function report(file: VFile, rule: Pick<Rule, 'id' | 'severity'>, reason: string, at: Place, hint?: string, severity: Severity = rule.severity): VFileMessage {
  const [source, ruleId] = rule.id.split('/') as [string, string]
  const place = at && 'type' in at ? at.position : at ? { line: at.line, column: at.column } : undefined
  const message = file.message(reason, { place, ruleId, source })
  message.fatal = severity === 'error'
  if (hint) message.note = hint
  return message
}
