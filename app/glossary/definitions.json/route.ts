import { getGlossary } from '@/lib/content/glossary'

// Written at build time to out/glossary/definitions.json: the text glossary previews show.
export const dynamic = 'force-static'

export function GET() {
  return Response.json(Object.fromEntries([...getGlossary(process.cwd())].map(([id, e]) => [id, { term: e.term, definition: e.definition }])))
}
