import type { Link, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import { didYouMean } from '../../suggest'
import type { Finding } from '../findings'
import type { SiteIndex } from '../site-index'

/**
 * Internal links resolve: the page exists and is published, and a `#fragment` names a heading (or
 * reference) that exists on it. Site-relative links end in a slash, as the static export writes
 * them. External links use https.
 */
export function linkRules(tree: Root, file: string, selfHref: string | undefined, ownIds: Set<string>, site: SiteIndex, selfDraft: boolean): Finding[] {
  const findings: Finding[] = []
  visit(tree, 'link', (node: Link) => {
    const at = { file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, severity: 'error' as const }
    const url = node.url
    if (/^http:\/\//i.test(url)) {
      findings.push({ ...at, severity: 'warning', rule: 'links/insecure', message: `Link uses http, not https: ${url}`, hint: 'use the https:// address if the site has one.' })
      return
    }
    if (/^(https:|mailto:|tel:)/i.test(url)) return
    const [pathPart = '', fragment] = url.split('#') as [string, string | undefined]
    const target = pathPart === '' ? selfHref : pathPart
    if (pathPart && !pathPart.startsWith('/')) {
      findings.push({ ...at, rule: 'links/relative', message: `Relative link "${url}": write site links from the root.`, hint: 'for example /articles/side-effects/ or /articles/side-effects/#during-a-session.' })
      return
    }
    if (pathPart && !pathPart.endsWith('/')) {
      findings.push({ ...at, rule: 'links/trailing-slash', message: `Link "${url}" has no trailing slash.`, hint: `write ${pathPart}/${fragment !== undefined ? `#${fragment}` : ''}: pages live at addresses ending in /.` })
      return
    }
    const page = pathPart === '' ? { ids: ownIds, headings: [], draft: selfDraft } : target ? site.get(target) : undefined
    if (!page) {
      findings.push({ ...at, rule: 'links/unknown-page', message: `Link to a page that does not exist: ${pathPart}`, hint: didYouMean(pathPart, site.keys()) ?? 'articles live at /articles/<file name>/.' })
      return
    }
    if (page.draft && !selfDraft) {
      findings.push({ ...at, rule: 'links/draft', message: `Link to a draft: ${pathPart} is not published yet.`, hint: 'remove the link, or publish that article first (draft: false).' })
    }
    if (fragment !== undefined && !page.ids.has(fragment)) {
      const known = page.headings.length ? page.headings.map((h) => `#${h.id}`) : [...page.ids].map((id) => `#${id}`)
      const near = didYouMean(fragment, [...page.ids])
      findings.push({ ...at, rule: 'links/unknown-section', message: `Link to a section that does not exist: ${pathPart || 'this page'}#${fragment}`, hint: `${near ? `${near} ` : ''}sections there: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}` })
    }
  })
  return findings
}
