import { ogImage } from '@/components/og/OgCard'
import { messages } from '@/lib/i18n'

// The Spanish pages' default link-preview image, written at build time to out/es/og.png.
export const dynamic = 'force-static'

export function GET() {
  return ogImage({ title: messages('es').site.tagline, lang: 'es' })
}
