import createMDX from '@next/mdx'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(fileURLToPath(import.meta.url))

// Our remark plugin is TypeScript in the ordinary module graph. Under Turbopack, @next/mdx runs it
// in Node worker processes started by this one, and Node 20 cannot import TypeScript by itself:
// tsx's loader, handed down through NODE_OPTIONS, lets those workers import lib/ as it is.
if (!process.env.NODE_OPTIONS?.includes('--import tsx')) process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --import tsx`.trim()

/**
 * One plugin, as @next/mdx needs it under Turbopack (a module path and JSON options). It adds the
 * frontmatter and GFM syntax itself, so `npm run check` runs the very same processor.
 */
export const remarkPlugins = [[path.join(root, 'lib/content/processor.ts'), { root }]]

const withMDX = createMDX({ options: { remarkPlugins } })

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A static site in out/: any static host or CDN can serve it unchanged.
  output: 'export',
  trailingSlash: true,
  // MDX files are content, imported by the article route; they are not routes themselves.
  pageExtensions: ['ts', 'tsx'],
  images: { unoptimized: true },
  poweredByHeader: false,
  // npm run build type-checks first, in its own step, rather than alongside the bundler.
  typescript: { ignoreBuildErrors: true },
  // Compiled MDX also depends on lib/ and the registry, which the bundler cannot see: a dev server
  // starts from a clean compile rather than serve pages built by older code or an older registry.
  experimental: { turbopackFileSystemCacheForDev: false },
}

export default withMDX(nextConfig)
