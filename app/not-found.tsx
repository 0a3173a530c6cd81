import type { Metadata } from 'next'
import { articlesBySection } from '@/lib/content/loader'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

/** A 404 that helps: say what happened, offer the main routes, and keep crisis help in reach. */
export default function NotFound() {
  return (
    <div className="mx-auto max-w-measure">
      <h1 className="text-3xl font-bold sm:text-4xl">Page not found</h1>
      <p className="mt-4 text-xl">
        We could not find that page. The address may be mistyped, or the page may have moved.
      </p>
      <p className="mt-4">
        <strong>If you are thinking about suicide or might be in danger,</strong> <a href="/help/">get help now</a>.
      </p>
      <h2 className="mt-8 text-2xl font-bold">Try one of these</h2>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        <li><a href="/">Home page</a></li>
        <li><a href="/articles/">All articles</a></li>
        {articlesBySection().flatMap(({ articles }) => articles).slice(0, 6).map((a) => (
          <li key={a.slug}><a href={a.href}>{a.frontmatter.title}</a></li>
        ))}
      </ul>
    </div>
  )
}
