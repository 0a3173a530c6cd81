import { getSite } from '@/lib/content/site'

// Written at build time to out/glossary/definitions.json: the text glossary previews show.
export const dynamic = 'force-static'

export function GET() {
  return Response.json(Object.fromEntries([...getSite().glossary].map(([id, e]) => [id, { term: e.term, definition: e.definition }])))
}
