import { visit } from 'unist-util-visit'
import { defineRule, report, type Rule } from './define'

const ALLOWED_SCHEMES = ['https', 'mailto', 'tel']

export const scheme = defineRule({
  id: 'links/scheme',
  catches: 'a link that is not `https:`, `mailto:`, `tel:` or a site path (`http:`, `javascript:`, `data:`, `//host`…)',
  severity: 'error',
  check(tree, file) {
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return
      for (const problem of checkUrl(node.url, node.type === 'image' ? 'resource' : 'link')) report(file, problem.rule, problem.reason, node, problem.hint)
    })
  },
})

export const remote = defineRule({
  id: 'media/remote',
  catches: 'an image, video or other file loaded from another host (`src`, `srcset`, `poster`)',
  severity: 'error',
})

/**
 * What is wrong with one address in content, if anything. Links may go to https, mailto and tel
 * addresses and to site paths; anything the page loads (an image, a poster) must come from this
 * site, since the site makes no request to anyone else.
 */
export function checkUrl(url: string, kind: 'link' | 'resource'): { rule: Rule; reason: string; hint: string }[] {
  const trimmed = url.trim()
  const schemeMatch = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)
  const name = schemeMatch?.[1]?.toLowerCase()
  const urls = kind === 'resource' ? trimmed.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [trimmed]
  if (kind === 'resource') {
    const offSite = urls.find((u) => /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(u))
    if (offSite) return [{ rule: remote, reason: `A file loaded from outside this site: ${offSite.slice(0, 80)}`, hint: 'put the file in public/ and use its site path, like /images/diagram.png: pages load nothing from another host.' }]
    return []
  }
  if (trimmed.startsWith('//')) return [{ rule: scheme, reason: `A link with no scheme to another host: ${trimmed.slice(0, 80)}`, hint: 'write the full https:// address.' }]
  if (!name || ALLOWED_SCHEMES.includes(name)) return []
  const hint = name === 'http' ? `use the https:// address: ${trimmed.replace(/^http:/i, 'https:').slice(0, 80)}` : 'links may use https:, mailto: or tel:, or a site path like /articles/side-effects/.'
  return [{ rule: scheme, reason: `A link with the "${name}:" scheme: ${trimmed.slice(0, 80)}`, hint }]
}
