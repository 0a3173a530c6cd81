import fs from 'node:fs/promises'
import path from 'node:path'
import { ImageResponse } from 'next/og'
import { messages, type Locale } from '@/lib/i18n'

export const OG_SIZE = { width: 1200, height: 630 }

/** Our own copy of the font (from the @fontsource package): built offline, no font service. */
async function font(weight: 400 | 700) {
  const file = path.join(process.cwd(), 'node_modules/@fontsource/atkinson-hyperlegible/files', `atkinson-hyperlegible-latin-${weight}-normal.woff`)
  return { name: 'Atkinson Hyperlegible', data: await fs.readFile(file), weight, style: 'normal' as const }
}

/**
 * The link-preview image for a page, rendered at build time: the title large, the section and the
 * site name, in the site's colours. Nothing is fetched.
 */
export async function ogImage({ title, eyebrow, lang }: { title: string; eyebrow?: string; lang: Locale }) {
  const t = messages(lang).site
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', background: '#0f3d5c', color: '#ffffff', padding: '72px 80px', fontFamily: 'Atkinson Hyperlegible' }}>
        <div style={{ display: 'flex', fontSize: 34, opacity: 0.9 }}>{eyebrow ?? t.ogEyebrow}</div>
        <div style={{ display: 'flex', fontSize: title.length > 48 ? 68 : 80, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', fontSize: 32 }}>
          <span style={{ fontWeight: 700 }}>{t.name}</span>
          <span style={{ opacity: 0.9 }}>{t.ogFooter}</span>
        </div>
      </div>
    ),
    { ...OG_SIZE, fonts: [await font(400), await font(700)] },
  )
}
