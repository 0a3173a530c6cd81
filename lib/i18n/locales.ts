/**
 * The site's languages. English is the original and lives at the root; every other language
 * lives under its own prefix (/es/) with its content in content/<lang>/. Adding a language means
 * adding it here, a dictionary in lib/i18n/messages/, and its content folder.
 */
export const LOCALES = ['en', 'es'] as const
export type Locale = (typeof LOCALES)[number]

/** The language of the original text: other languages translate it. */
export const SOURCE_LOCALE: Locale = 'en'

/** Per language: its BCP 47 tag for Intl, Open Graph's locale and its URL prefix. */
/** `csl`: the citation-style locale references are written in (one citation-js bundles). */
export const LOCALE_INFO: Record<Locale, { tag: string; og: string; prefix: string; csl: string }> = {
  en: { tag: 'en-US', og: 'en_US', prefix: '', csl: 'en-US' },
  // Neutral Spanish for the US and Latin America; es-US formats numbers as readers there expect.
  es: { tag: 'es-US', og: 'es_US', prefix: '/es', csl: 'es-ES' },
}

/** The same page in each language it exists in: its address per language. */
export type Versions = Partial<Record<Locale, string>>

/** The address of a path in a language: /help/ in Spanish is /es/help/. */
export function localePath(lang: Locale, path: string): string {
  return `${LOCALE_INFO[lang].prefix}${path}`
}

/** Which language an address belongs to, judged by its prefix. */
export function localeOfPath(path: string): Locale {
  return LOCALES.find((l) => l !== SOURCE_LOCALE && (path === LOCALE_INFO[l].prefix || path.startsWith(`${LOCALE_INFO[l].prefix}/`))) ?? SOURCE_LOCALE
}

/** A path without its language prefix: /es/help/ → /help/. */
export function unprefixed(path: string): string {
  const lang = localeOfPath(path)
  return lang === SOURCE_LOCALE ? path : path.slice(LOCALE_INFO[lang].prefix.length) || '/'
}

const dates = new Map<Locale, Intl.DateTimeFormat>()
/** "November 21, 2026" / "21 de noviembre de 2026" for a YYYY-MM-DD date; UTC so the day never shifts. */
export function formatDate(iso: string, lang: Locale = 'en'): string {
  let f = dates.get(lang)
  if (!f) dates.set(lang, (f = new Intl.DateTimeFormat(LOCALE_INFO[lang].tag, { dateStyle: 'long', timeZone: 'UTC' })))
  return f.format(new Date(`${iso}T00:00:00Z`))
}

/** A count or measure written as readers of the language expect (1,000 / 1.5). */
export function formatNumber(n: number, lang: Locale = 'en'): string {
  return new Intl.NumberFormat(LOCALE_INFO[lang].tag).format(n)
}
