import path from 'node:path'
import mdx from '@mdx-js/rollup'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { remarkPlugins } from './lib/mdx/plugins.mjs'

const root = path.resolve(import.meta.dirname)
// @next/mdx resolves plugin names itself; @mdx-js/rollup wants the functions, so load them here.
const plugins = await Promise.all(remarkPlugins(root).map(async ([spec, options]) => [(await import(spec)).default, options]))

export default defineConfig({
  plugins: [
    // The same remark plugins as the Next build, so render tests see the real compiled articles.
    { enforce: 'pre', ...mdx({ remarkPlugins: plugins as never, providerImportSource: '@/mdx-components' }) },
    react(),
  ],
  resolve: { alias: { '@': root } },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Review-date rules compare with "today"; pin it so tests do not change with the calendar.
    env: { CONTENT_TODAY: '2026-11-30' },
    testTimeout: 30_000,
  },
})
