/**
 * npm run screenshots: the first screen of four page types at phone and desktop widths, light and
 * dark, into docs/screenshots/ (16 PNG files), from the built site in out/. Run after a layout
 * change and commit the pictures with it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { CHROME_FLAGS } from '../bench/lighthouse'
import { startServer } from './serve'

const PAGES = { home: '/', article: '/articles/side-effects/', references: '/references/', search: '/search/#q=nasal' }
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } }
const dir = path.resolve('docs/screenshots')
const port = 4391

if (!fs.existsSync('out/index.html')) throw new Error('No build in out/: run npm run build first.')
fs.mkdirSync(dir, { recursive: true })
const server = await startServer({ dir: 'out', port })
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROME_FLAGS })
try {
  for (const [size, viewport] of Object.entries(SIZES))
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport, colorScheme })
      for (const [name, url] of Object.entries(PAGES)) {
        await page.goto(`http://127.0.0.1:${port}${url}`, { waitUntil: 'networkidle' })
        const file = path.join(dir, `${name}-${size}-${colorScheme}.png`)
        await page.screenshot({ path: file })
        console.log(path.relative(process.cwd(), file))
      }
      await page.close()
    }
} finally {
  await browser.close()
  server.close()
}
