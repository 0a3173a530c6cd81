import { jsonLdString } from '@/lib/metadata'

/** Structured data for search engines: a data block, never executed as script. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdString(data) }} />
}
