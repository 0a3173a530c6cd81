import { glossaryDefinitions } from '@/lib/content/loader'

// Written at build time to out/…/glossary/definitions.json: the text glossary previews show.
export const dynamic = 'force-static'

export function GET() {
  return Response.json(glossaryDefinitions('en'))
}
