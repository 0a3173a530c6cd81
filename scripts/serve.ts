/**
 * Serve the static export in out/ as a CDN would: files only, no directory listings,
 * trailing-slash URLs, the site's 404 page for anything unknown (in the language of the address:
 * out/es/404.html under /es/, as Cloudflare Pages picks the nearest 404.html), and the security headers from
 * out/_headers (written by the build from lib/security/headers.ts), compressed as a CDN would.
 * Bound to 127.0.0.1.
 *   tsx scripts/serve.ts [--port 3000] [--dir out]
 */
import fs from 'node:fs'
import http from 'node:http'
import http2 from 'node:http2'
import path from 'node:path'
import zlib from 'node:zlib'
import { parseArgs } from 'node:util'
import compression from 'compression'
import handler from 'serve-handler'
import { LOCALE_INFO, localeOfPath } from '../lib/i18n/locales'
import { headersFor, parseHeadersFile } from '../lib/security/headers'

/** Build artifacts for hosts, not for readers. */
const PRIVATE = new Set(['/_headers', '/_headers.nginx'])

/**
 * `tls` (a key and certificate) serves HTTP/2 over TLS, as CDNs do; the benchmarks use it so a
 * page's requests share one connection, as they do for readers. Without it, plain HTTP/1.1.
 */
export function startServer(opts: { dir: string; port: number; host?: string; tls?: { key: string; cert: string } }): Promise<http.Server | http2.Http2SecureServer> {
  const headersPath = path.join(opts.dir, '_headers')
  const rules = fs.existsSync(headersPath) ? parseHeadersFile(fs.readFileSync(headersPath, 'utf8')) : []
  // The 404 page in the language of the address (out/404.html, out/es/404.html).
  const rootNotFound = path.join(opts.dir, '404.html')
  const notFoundFor = (pathname: string) => {
    const page = path.join(opts.dir, LOCALE_INFO[localeOfPath(pathname)].prefix, '404.html')
    return fs.existsSync(page) ? page : rootNotFound
  }
  const notFound = (res: http.ServerResponse, pathname = '/') => {
    const page = notFoundFor(pathname)
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', ...headersFor(rules, '/404.html') })
    res.end(fs.existsSync(page) ? fs.readFileSync(page) : 'Not found')
  }

  // Compress like a CDN does, so local measurements match what readers download: brotli when the
  // browser accepts it, at quality 6 (nginx's default; the library's own 4 is tuned for dynamic
  // pages), else gzip.
  const compress = compression({ brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 } } })
  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => compress(req as never, res as never, () => respond(req, res))
  const server = opts.tls ? http2.createSecureServer({ ...opts.tls, allowHTTP1: true }, listener as never) : http.createServer(listener)
  function respond(req: http.IncomingMessage, res: http.ServerResponse) {
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    } catch {
      return notFound(res) // a malformed address is simply not a page here
    }
    // Nothing outside the site, no "..", and no name longer than a file name can be: such an
    // address is not a page here (and must not reach the file system as an error).
    const segments = pathname.split(/[\\/]/)
    if (PRIVATE.has(pathname) || pathname.includes('\0') || segments.includes('..') || segments.some((s) => Buffer.byteLength(s) > 255)) return notFound(res)
    // Add our headers whatever serve-handler answers; a 404 gets the 404 page's own policy.
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      for (const [k, v] of Object.entries(headersFor(rules, status === 404 ? '/404.html' : pathname))) res.setHeader(k, v)
      // serve-handler names the file as if for download; CDNs do not, and the bytes count.
      res.removeHeader('Content-Disposition')
      return writeHead(status, ...rest)
    }) as typeof res.writeHead
    // serve-handler reads the root 404.html for anything unknown; give it this language's instead.
    const local = (p: string) => (p === rootNotFound ? notFoundFor(pathname) : p)
    const methods = {
      lstat: (p: string) => fs.promises.lstat(local(p)),
      createReadStream: (p: string, options?: Parameters<typeof fs.createReadStream>[1]) => fs.createReadStream(local(p), options),
    }
    handler(req, res, { public: opts.dir, trailingSlash: true, directoryListing: false, etag: true }, methods as never).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) notFound(res, pathname)
      else res.end()
    })
  }
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
