import { articlesBySection } from '@/lib/content/loader'
import { localePath, messages, type Locale } from '@/lib/i18n'

export const notFoundMetadata = (lang: Locale) => ({ title: messages(lang).notFound.title, robots: { index: false } })

/** A 404 that helps: say what happened, offer the main routes, and keep crisis help in reach. */
export function NotFoundPage({ lang }: { lang: Locale }) {
  const t = messages(lang).notFound
  return (
    <div className="mx-auto max-w-measure">
      <h1 className="text-3xl font-bold sm:text-4xl">{t.title}</h1>
      <p className="mt-4 text-xl">{t.lead}</p>
      <p className="mt-4">
        <strong>{t.danger}</strong> <a href={localePath(lang, '/help/')}>{messages(lang).chrome.getHelpInline}</a>.
      </p>
      <h2 className="mt-8 text-2xl font-bold">{t.tryHeading}</h2>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        <li><a href={localePath(lang, '/')}>{t.home}</a></li>
        <li><a href={localePath(lang, '/articles/')}>{t.articles}</a></li>
        {articlesBySection(lang).flatMap(({ articles }) => articles).slice(0, 6).map((a) => (
          <li key={a.slug}><a href={a.href}>{a.frontmatter.title}</a></li>
        ))}
      </ul>
    </div>
  )
}
