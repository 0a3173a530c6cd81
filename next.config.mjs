import createMDX from '@next/mdx'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { remarkPlugins } from './lib/mdx/plugins.mjs'

const root = path.dirname(fileURLToPath(import.meta.url))

const withMDX = createMDX({ options: { remarkPlugins: remarkPlugins(root) } })

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
}

export default withMDX(nextConfig)
