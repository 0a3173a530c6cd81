import { SectionArticles } from '@/components/article/SectionArticles'
import { LanguageLinks } from '@/components/layout/LanguageLinks'
import { MorePages } from '@/components/layout/MorePages'
import { articlesBySection } from '@/lib/content/loader'
import { localePath, messages, type Locale } from '@/lib/i18n'
import { fixedPageMetadata, fixedVersions } from '@/lib/metadata'

export function homeMetadata(lang: Locale) {
  const { site } = messages(lang)
  return {
    ...fixedPageMetadata('/', lang, { title: site.name, description: site.description }),
    title: { absolute: `${site.name}: ${site.tagline}` },
  }
}

/** The home page: what the site is, crisis help, who it is for, and every article by section. */
export function HomePage({ lang }: { lang: Locale }) {
  const { site, home: t } = messages(lang)
  return (
    <>
      <LanguageLinks lang={lang} versions={fixedVersions('/')} />
      <section aria-labelledby="intro" className="max-w-measure">
        <h1 id="intro" className="text-3xl font-bold leading-tight sm:text-4xl">
          {site.tagline}
        </h1>
        <p className="mt-4 text-xl">{t.intro(site.name)}</p>
      </section>

      <section aria-labelledby="crisis-now" className="mt-8 max-w-measure rounded border-l-8 border-emergency bg-surface px-5 py-4">
        <h2 id="crisis-now" className="text-xl font-bold">{t.dangerHeading}</h2>
        <p className="mt-2">
          {t.danger.before}
          <a href="tel:988">988</a>
          {t.danger.after} <a href={localePath(lang, '/help/')}>{t.danger.link}</a>.
        </p>
      </section>

      <div className="mt-8 grid max-w-measure gap-6 sm:max-w-none sm:grid-cols-2">
        <section aria-labelledby="who-for">
          <h2 id="who-for" className="text-xl font-bold">{t.whoHeading}</h2>
          <p className="mt-2">{t.who}</p>
        </section>
        <section aria-labelledby="what-not">
          <h2 id="what-not" className="text-xl font-bold">{t.notHeading}</h2>
          <p className="mt-2">
            {t.not} <a href={localePath(lang, '/about/')}>{t.howWeWork}</a>.
          </p>
        </section>
      </div>

      {articlesBySection(lang).map(({ section, articles }) => (
        <SectionArticles key={section.id} section={section} articles={articles} headingId={`home-${section.id}`} />
      ))}
      <MorePages headingId="home-more" lang={lang} />
    </>
  )
}
