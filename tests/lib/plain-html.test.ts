import { describe, expect, it } from 'vitest'
import { isFrameworkFile, plainHtml, UnknownScript } from '@/lib/plain-html'

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`

describe('plain HTML after export', () => {
  const built = page(
    '<link rel="stylesheet" href="/_next/static/css/a.css" data-precedence="next"><link rel="preload" as="script" href="/_next/static/chunks/b.js"><link rel="modulepreload" href="/_next/static/chunks/c.js"><script src="/_next/static/chunks/main.js" async=""></script>',
    '<main data-pagefind-body=""><p data-pagefind-meta="section">Text<!-- --> more</p><script type="application/ld+json">{"@type":"MedicalWebPage"}</script></main>' +
      '<script type="module" src="/enhance.js?v=abc"></script><script>self.__next_f.push([1,"flight"])</script><script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  )

  it('removes the framework: its scripts, preloads and flight data, and React comments', () => {
    const { html, removed } = plainHtml(built)
    expect(removed).toBe(5)
    expect(html).not.toContain('/_next/static/chunks')
    expect(html).not.toContain('__next_f')
    expect(html).not.toContain('<!--')
    expect(html).not.toMatch(/data-pagefind|data-precedence/)
  })

  it('keeps what readers need: the stylesheet, the text, JSON-LD and our one module', () => {
    const { html } = plainHtml(built)
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/css/a.css">')
    expect(html).toContain('<p>Text more</p>')
    expect(html).toContain('<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>')
    expect(html).toContain('<script type="module" src="/enhance.js?v=abc"></script>')
  })

  it.each([
    ['an inline script', '<script>alert(1)</script>'],
    ['a script from another host', '<script src="https://cdn.example/x.js"></script>'],
    ['our file loaded as a classic script', '<script src="/enhance.js"></script>'],
    ['JSON that is not JSON-LD', '<script type="application/json">{}</script>'],
  ])('stops at a script it cannot classify: %s', (_, script) => {
    expect(() => plainHtml(page('', `<p>x</p>${script}`))).toThrow(UnknownScript)
  })

  it('finds unknown scripts inside templates too', () => {
    expect(() => plainHtml(page('', '<template><script>alert(1)</script></template>'))).toThrow(UnknownScript)
  })

  it('knows the files only the runtime reads', () => {
    expect(['index.txt', 'articles/side-effects/index.txt', 'articles/__next.articles.txt', '_next/static/chunks/app/page-1.js'].every(isFrameworkFile)).toBe(true)
    expect(['_next/static/css/a.css', '_next/static/media/font.woff2', 'robots.txt', 'enhance.js', 'pagefind/pagefind.js'].some(isFrameworkFile)).toBe(false)
  })
})
