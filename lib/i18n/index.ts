import type { Locale } from './locales'
import { en, type Messages } from './messages/en'
import { es } from './messages/es'

export type { Messages } from './messages/en'
export * from './locales'

const DICTIONARIES: Record<Locale, Messages> = { en, es }

/** The words of the site's own interface in a language. */
export function messages(lang: Locale): Messages {
  return DICTIONARIES[lang]
}
