import type { Link } from 'mdast'
import { visit } from 'unist-util-visit'
import { didYouMean } from '../../suggest'
import type { IndexedPage } from '../site'
import { defineRule, report, type Rule, type RuleContext } from './define'

const KNOWN_SCHEME = /^([a-z][a-z0-9+.-]*:|\/\/)/i

/**
 * Site links as the static export writes them: from the root, ending in a slash, to a published
 * page, and to a section (#fragment) that exists there. Links with a scheme are the scheme rule's.
 */
function eachSiteLink(tree: Parameters<NonNullable<Rule['check']>>[0], visitLink: (node: Link, path: string, fragment: string | undefined) => void) {
  visit(tree, 'link', (node: Link) => {
    if (KNOWN_SCHEME.test(node.url)) return
    const [path = '', fragment] = node.url.split('#') as [string, string | undefined]
    visitLink(node, path, fragment)
  })
}

export const relative = defineRule({
  id: 'links/relative',
  catches: 'a relative link (`../side-effects/`): site links start at the root',
  severity: 'error',
  check(tree, file) {
    eachSiteLink(tree, (node, path) => {
      if (path && !path.startsWith('/')) report(file, relative, `Relative link "${node.url}": write site links from the root.`, node, 'for example /articles/side-effects/ or /articles/side-effects/#during-a-session.')
    })
  },
})

export const trailingSlash = defineRule({
  id: 'links/trailing-slash',
  catches: 'a site link without its trailing slash',
  severity: 'error',
  check(tree, file) {
    eachSiteLink(tree, (node, path, fragment) => {
      if (path.startsWith('/') && !path.endsWith('/')) report(file, trailingSlash, `Link "${node.url}" has no trailing slash.`, node, `write ${path}/${fragment !== undefined ? `#${fragment}` : ''}: pages live at addresses ending in /.`)
    })
  },
})

/** The page a well-formed site link points at, or undefined for a link the rules above report. */
function target(path: string, ctx: RuleContext, ownIds: Set<string>): IndexedPage | undefined | null {
  if (path === '') return { ids: ownIds, headings: [], draft: ctx.draft }
  if (!path.startsWith('/') || !path.endsWith('/')) return null
  return ctx.site.index.get(path)
}

export const unknownPage = defineRule({
  id: 'links/unknown-page',
  catches: 'a link to a page that does not exist (with the nearest addresses)',
  severity: 'error',
  check(tree, file, ctx) {
    eachSiteLink(tree, (node, path) => {
      if (target(path, ctx, new Set()) === undefined) report(file, unknownPage, `Link to a page that does not exist: ${path}`, node, didYouMean(path, ctx.site.index.keys()) ?? 'articles live at /articles/<file name>/.')
    })
  },
})

export const draft = defineRule({
  id: 'links/draft',
  catches: 'a link from a published page to a draft',
  severity: 'error',
  check(tree, file, ctx) {
    eachSiteLink(tree, (node, path) => {
      const page = path ? target(path, ctx, new Set()) : undefined
      if (page?.draft && !ctx.draft) report(file, draft, `Link to a draft: ${path} is not published yet.`, node, 'remove the link, or publish that article first (draft: false).')
    })
  },
})

export const unknownSection = defineRule({
  id: 'links/unknown-section',
  catches: 'a link to a section (#fragment) that does not exist on that page (with the sections that do)',
  severity: 'error',
  check(tree, file, ctx) {
    const ownIds = new Set(file.data.ids ?? [])
    eachSiteLink(tree, (node, path, fragment) => {
      const page = target(path, ctx, ownIds)
      if (!page || fragment === undefined || page.ids.has(fragment)) return
      const known = page.headings.length ? page.headings.map((h) => `#${h.id}`) : [...page.ids].map((id) => `#${id}`)
      const near = didYouMean(fragment, [...page.ids])
      report(file, unknownSection, `Link to a section that does not exist: ${path || 'this page'}#${fragment}`, node, `${near ? `${near} ` : ''}sections there: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}`)
    })
  },
})
