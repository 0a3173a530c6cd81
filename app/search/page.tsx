import { SearchPanel } from '@/components/search/SearchPanel'
import { pageMetadata } from '@/lib/metadata'

export const metadata = pageMetadata({
  title: 'Search',
  description: 'Search every article on this site. The search runs in your browser: your words are never sent anywhere.',
  path: '/search/',
})

export default function SearchPage() {
  return (
    <div className="mx-auto max-w-measure">
      <h1 className="text-3xl font-bold sm:text-4xl">Search</h1>
      <p className="mt-3 text-xl text-muted">The search runs inside your browser. Your search words are never sent anywhere.</p>
      <SearchPanel />
    </div>
  )
}
