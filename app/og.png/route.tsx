import { ogImage } from '@/components/og/OgCard'

// The site's default link-preview image, written at build time to out/og.png.
export const dynamic = 'force-static'

export function GET() {
  return ogImage({ title: 'Ketamine and esketamine for depression, explained plainly' })
}
