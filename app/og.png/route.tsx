import { ogImage } from '@/components/og/OgCard'
import { messages } from '@/lib/i18n'

// The site's default link-preview image, written at build time to out/og.png.
export const dynamic = 'force-static'

export function GET() {
  return ogImage({ title: messages('en').site.tagline, lang: 'en' })
}
