import { createHash } from 'node:crypto'

/**
 * The site's security headers, defined once. `npm run build` writes them to out/_headers (the
 * format Netlify and Cloudflare Pages read), `npm start` serves exactly that file's rules, and
 * docs/deploy.md shows the same for nginx.
 */
export const BASE_HEADERS: Record<string, string> = {
  // Only ever reached over HTTPS once a browser has seen the site (two years).
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  // A visit to a page about ketamine and suicidal thoughts is health information: links out
  // do not tell the next site where the reader came from.
  'Referrer-Policy': 'no-referrer',
  // Deny every powerful feature we do not use; copy-link needs only to write the clipboard.
  'Permissions-Policy': [
    'accelerometer=()',
    'autoplay=()',
    'browsing-topics=()',
    'camera=()',
    'clipboard-read=()',
    'clipboard-write=(self)',
    'display-capture=()',
    'encrypted-media=()',
    'fullscreen=()',
    'geolocation=()',
    'gyroscope=()',
    'hid=()',
    'idle-detection=()',
    'magnetometer=()',
    'microphone=()',
    'midi=()',
    'payment=()',
    'picture-in-picture=()',
    'publickey-credentials-get=()',
    'screen-wake-lock=()',
    'serial=()',
    'usb=()',
    'xr-spatial-tracking=()',
  ].join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
}

/** `'sha256-…'` for an inline script's exact text, as CSP expects. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`
}

/** Every inline `<script>` in a page (the framework's hydration data, our JSON-LD). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '')
}

/**
 * The Content-Security-Policy for one page: nothing but this site, scripts only from files here
 * or with the hash of an inline script this page actually contains, no inline styles, and no
 * framing. Search pages also allow WebAssembly (Pagefind runs its index in it).
 */
export function contentSecurityPolicy(html: string): string {
  const hashes = [...new Set(inlineScripts(html).map(scriptHash))]
  const wasm = html.includes('id="search-input"') || html.includes('/pagefind/') ? ["'wasm-unsafe-eval'"] : []
  return [
    "default-src 'none'",
    ["script-src 'self'", ...wasm, ...hashes].join(' '),
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ')
}

/** A `_headers` file: shared headers for every path, then each page's own policy. */
export function headersFile(pages: { path: string; csp: string }[]): string {
  const block = (path: string, headers: Record<string, string>) =>
    `${path}\n${Object.entries(headers)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n')}\n`
  return [block('/*', BASE_HEADERS), ...pages.map((p) => block(p.path, { 'Content-Security-Policy': p.csp }))].join('\n')
}

/** Parse a `_headers` file into rules (path pattern and headers), in file order. */
export function parseHeadersFile(text: string): { path: string; headers: Record<string, string> }[] {
  const rules: { path: string; headers: Record<string, string> }[] = []
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} })
    else {
      const at = line.indexOf(':')
      const rule = rules.at(-1)
      if (rule && at > 0) rule.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim()
    }
  }
  return rules
}

/** The headers for a request path under a set of rules: `/*` matches everything. */
export function headersFor(rules: { path: string; headers: Record<string, string> }[], path: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const rule of rules) {
    const match = rule.path === '/*' || rule.path === path || (rule.path.endsWith('/*') && path.startsWith(rule.path.slice(0, -1)))
    if (match) Object.assign(out, rule.headers)
  }
  return out
}
