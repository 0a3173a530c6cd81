import typography from '@tailwindcss/typography'
import type { Config } from 'tailwindcss'

/**
 * Colours are design tokens (CSS custom properties in app/globals.css), so light and dark themes
 * switch in one place and no colour is ever written into content.
 */
const token = (name: string) => `var(--color-${name})`

export default {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}', './browser/**/*.ts', './content/**/*.mdx', './mdx-components.tsx'],
  theme: {
    extend: {
      colors: {
        page: token('page'),
        surface: token('surface'),
        ink: token('ink'),
        muted: token('muted'),
        line: token('line'),
        link: token('link'),
        focus: token('focus'),
        brand: token('brand'),
        'brand-ink': token('brand-ink'),
        crisis: token('crisis'),
        'crisis-ink': token('crisis-ink'),
        info: token('info'),
        warn: token('warn'),
        urgent: token('urgent'),
        emergency: token('emergency'),
      },
      maxWidth: { measure: '42rem' },
    },
  },
  plugins: [typography],
} satisfies Config
