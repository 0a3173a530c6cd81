import path from 'node:path'
import mdx from '@mdx-js/rollup'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
// Loaded as TypeScript by Vite's module runner: vitest runs with --configLoader runner (package.json).
import remarkContent from './lib/content/processor'

const root = path.resolve(import.meta.dirname)

export default defineConfig({
  plugins: [
    // The same remark plugin as the Next build, so render tests see the real compiled articles.
    { enforce: 'pre', ...mdx({ remarkPlugins: [[remarkContent, { root }]], providerImportSource: '@/mdx-components' }) },
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
