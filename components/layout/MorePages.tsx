import { localePath, messages, type Locale } from '@/lib/i18n'

const PAGES = [
  ['help', '/help/'],
  ['forYourDoctor', '/for-your-doctor/'],
  ['glossary', '/glossary/'],
  ['references', '/references/'],
  ['corrections', '/corrections/'],
  ['about', '/about/'],
] as const

/** The pages that are not articles, listed on the home page and the articles index. */
export function MorePages({ headingId, lang }: { headingId: string; lang: Locale }) {
  const t = messages(lang).more
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="text-2xl font-bold">{t.heading}</h2>
      <ul className="mt-3 space-y-2">
        {PAGES.map(([key, path]) => (
          <li key={key}>
            <a href={localePath(lang, path)} className="font-semibold">{t[key][0]}</a>: {t[key][1]}
          </li>
        ))}
      </ul>
    </section>
  )
}
