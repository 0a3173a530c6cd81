import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, headersFile, headersFor, nginxHeaders, parseHeadersFile, SECURITY_HEADERS } from '@/lib/security/headers'

describe('security headers, written for each host from one definition', () => {
  it('gives every path the same headers in _headers', () => {
    const rules = parseHeadersFile(headersFile())
    expect(rules.map((r) => r.path)).toEqual(['/*'])
    expect(headersFor(rules, '/articles/side-effects/')).toEqual(SECURITY_HEADERS)
    expect(headersFor(rules, '/search/')).toEqual(SECURITY_HEADERS)
  })

  it('writes the same headers, quoted, as nginx add_header lines', () => {
    const lines = nginxHeaders().trim().split('\n')
    const parsed = Object.fromEntries(lines.map((l) => l.match(/^add_header (\S+) "(.*)" always;$/)!.slice(1, 3)))
    expect(parsed).toEqual(SECURITY_HEADERS)
  })

  it('lets scripts come only from this site: no inline script, no eval of text', () => {
    const scriptSrc = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'))
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval'")
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
  })
})
