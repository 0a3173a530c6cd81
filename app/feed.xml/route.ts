import { articleFeed } from '@/lib/feed'
import { getArticles } from '@/lib/content/loader'

export const dynamic = 'force-static'

export function GET() {
  return new Response(articleFeed(getArticles()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
