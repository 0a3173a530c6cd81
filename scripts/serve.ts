/**
 * Serve the static export in out/ exactly as a CDN would: files only, no directory listings,
 * trailing-slash URLs, and the site's 404 page for anything unknown. Bound to 127.0.0.1.
 *   tsx scripts/serve.ts [--port 3000] [--dir out]
 */
import http from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'
import handler from 'serve-handler'

export function startServer(opts: { dir: string; port: number; host?: string }): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    handler(req, res, { public: opts.dir, trailingSlash: true, directoryListing: false, etag: true }).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => resolve(server))
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '3000' }, dir: { type: 'string', default: 'out' } } })
  const dir = path.resolve(values.dir)
  const port = Number(values.port)
  await startServer({ dir, port })
  console.log(`Serving ${path.relative(process.cwd(), dir) || '.'} at http://127.0.0.1:${port}/ (Ctrl+C to stop)`)
}
