import createMDX from '@next/mdx'
import type { NextConfig } from 'next'
import remarkContent, { type ContentOptions } from './lib/content/processor'

const root = __dirname

/**
 * One plugin, handed to @next/mdx as the function itself: under webpack the MDX loader runs in
 * the process that loaded this file, which Next compiles from TypeScript with everything it
 * imports. The plugin adds the frontmatter and GFM syntax itself, so `npm run check` and the
 * tests run the very same processor.
 */
export const remarkPlugins: [typeof remarkContent, ContentOptions][] = [[remarkContent, { root }]]

const withMDX = createMDX({ options: { remarkPlugins } })

const nextConfig: NextConfig = {
  // A static site in out/: any static host or CDN can serve it unchanged.
  output: 'export',
  trailingSlash: true,
  // Routes are .ts/.tsx files in app/; MDX lives in content/ and is imported, never routed. Listing
  // mdx here is what makes Next give MDX modules its own copy of React on the server (its aliases
  // cover page extensions only); without it a dev server fails on every article.
  pageExtensions: ['ts', 'tsx', 'mdx'],
  images: { unoptimized: true },
  poweredByHeader: false,
  // npm run build type-checks first, in its own step, rather than alongside the bundler.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Two root layouts (app/(en), app/(es)), one per language: an address that matches no route
    // gets app/global-not-found.tsx.
    globalNotFound: true,
    // Compile in a worker process that exits before pages are generated, so the two never hold
    // memory at the same time (docs/performance.md). Next turns this off by itself when a config
    // has a webpack function, as @next/mdx adds one, hence explicit.
    webpackBuildWorker: true,
    webpackMemoryOptimizations: true,
  },
  webpack(config, { dev }) {
    // Compiled MDX also depends on lib/, the registry and the figures, which webpack cannot see
    // as dependencies: never reuse pages compiled in an earlier run (dev keeps an in-memory cache).
    config.cache = dev ? { type: 'memory' } : false
    return config
  },
}

export default withMDX(nextConfig)
