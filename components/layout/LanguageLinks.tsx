import { LOCALES, messages, type Locale } from '@/lib/i18n'
import type { Versions } from '@/lib/metadata'

/**
 * A visible link to this page in each other language it exists in, named in that language (and
 * marked with its lang, so a screen reader says it right). The pairing is explicit: a translation
 * names its original (lib/content/site.ts versionsIn), and fixed routes exist in every language.
 */
export function LanguageLinks({ lang, versions }: { lang: Locale; versions: Versions }) {
  const others = LOCALES.filter((l) => l !== lang && versions[l])
  if (!others.length) return null
  return (
    <p className="language-links no-print" data-pagefind-ignore="">
      {others.map((l) => (
        <a key={l} href={versions[l]} hrefLang={l} lang={l}>
          {messages(l).chrome.otherLanguage}
        </a>
      ))}
    </p>
  )
}
