/**
 * The site's security headers, defined once. `npm run build` writes them to out/_headers (the
 * format Netlify and Cloudflare Pages read; `npm start` serves exactly that file's rules) and to
 * out/_headers.nginx (lines for nginx to include).
 */
export const BASE_HEADERS: Record<string, string> = {
  // Only ever reached over HTTPS once a browser has seen the site (two years).
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  // A visit to a page about ketamine and suicidal thoughts is health information: links out
  // do not tell the next site where the reader came from.
  'Referrer-Policy': 'no-referrer',
  // Deny what could reveal something about the reader or follow them: ad-interest topics, the
  // camera, microphone, location, motion sensors (fingerprinting) and reading the clipboard.
  // A short list on purpose: these headers travel with every page, inside its first round trip.
  'Permissions-Policy': 'accelerometer=(), browsing-topics=(), camera=(), clipboard-read=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

/**
 * The Content-Security-Policy, one for every page: nothing but this site, scripts only from files
 * here (pages carry no inline script: JSON-LD is data, which no browser runs), no inline styles,
 * no framing (every browser we support reads frame-ancestors, so no X-Frame-Options; plugins
 * and manifests fall back to default-src 'none'). 'wasm-unsafe-eval' lets our own search script
 * compile Pagefind's WebAssembly index; it runs no text as code, and it applies site-wide because
 * hosts merge a path's policy with the site-wide one differently (Cloudflare joins them, which
 * would forbid it on the search page).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** Every header every path gets, the policy included. */
export const SECURITY_HEADERS: Record<string, string> = { ...BASE_HEADERS, 'Content-Security-Policy': CONTENT_SECURITY_POLICY }

/** A `_headers` file (Netlify, Cloudflare Pages, and what `npm start` serves): one rule for every path. */
export function headersFile(): string {
  return `/*\n${Object.entries(SECURITY_HEADERS)
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n')}\n`
}

/** The same headers as nginx `add_header` lines, for an `include` in the server block (docs/deploy.md). */
export function nginxHeaders(): string {
  return `${Object.entries(SECURITY_HEADERS)
    .map(([k, v]) => `add_header ${k} "${v}" always;`)
    .join('\n')}\n`
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
