import { SectionArticles } from '@/components/article/SectionArticles'
import { MorePages } from '@/components/layout/MorePages'
import { site } from '@/lib/config'
import { articlesBySection } from '@/lib/content/loader'
import { pageMetadata } from '@/lib/metadata'

export const metadata = {
  ...pageMetadata({ title: site.name, description: site.description, path: '/' }),
  title: { absolute: `${site.name}: ketamine and esketamine for depression, explained plainly` },
}

export default function Home() {
  return (
    <>
      <section aria-labelledby="intro" className="max-w-measure">
        <h1 id="intro" className="text-3xl font-bold leading-tight sm:text-4xl">
          Ketamine and esketamine for depression, explained plainly
        </h1>
        <p className="mt-4 text-xl">
          {site.name} explains what these treatments are, what the research does and does not show, the risks, and what
          to ask before you start. Every fact links to its source, and we say where the evidence is thin.
        </p>
      </section>

      <section aria-labelledby="crisis-now" className="mt-8 max-w-measure rounded border-l-8 border-emergency bg-surface px-5 py-4">
        <h2 id="crisis-now" className="text-xl font-bold">If you are in danger now</h2>
        <p className="mt-2">
          If you are thinking about ending your life or might act on it, get help now: in the US call or text{' '}
          <a href="tel:988">988</a>, or call your local emergency number. <a href="/help/">Crisis lines in other countries</a>.
        </p>
      </section>

      <div className="mt-8 grid max-w-measure gap-6 sm:max-w-none sm:grid-cols-2">
        <section aria-labelledby="who-for">
          <h2 id="who-for" className="text-xl font-bold">Who this site is for</h2>
          <p className="mt-2">
            People with depression who are thinking about ketamine or esketamine, and the family and friends who support
            them. It is written to be read on a phone, shared with your doctor, or printed for an appointment.
          </p>
        </section>
        <section aria-labelledby="what-not">
          <h2 id="what-not" className="text-xl font-bold">What this site is not</h2>
          <p className="mt-2">
            It is not medical advice and not a clinic. We do not sell or recommend any treatment or provider, we show no
            adverts, and we do not track you. <a href="/about/">How we work</a>.
          </p>
        </section>
      </div>

      {articlesBySection().map(({ section, articles }) => (
        <SectionArticles key={section.id} section={section} articles={articles} headingId={`home-${section.id}`} />
      ))}
      <MorePages headingId="home-more" />
    </>
  )
}
