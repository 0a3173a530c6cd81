import { parse, serialize, serializeOuter, type DefaultTreeAdapterMap } from 'parse5'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

/** Our one script (browser/enhance.ts, bundled by scripts/bundle-browser.mjs). */
export const OWN_SCRIPT = '/enhance.js'

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value
const text = (el: Element) => el.childNodes.map((n) => ('value' in n ? n.value : '')).join('')

/**
 * What a `<script>` in an exported page is. The framework's: its runtime and chunks (under
 * /_next/) and the inline "flight" data it hydrates from. Ours: the one enhancement module.
 * Data: JSON-LD, which no browser runs. Anything else is unknown, and the build stops.
 */
export function classifyScript(el: Element): 'framework' | 'ours' | 'data' | undefined {
  const src = attr(el, 'src')
  if (src !== undefined) {
    if (src.startsWith('/_next/')) return 'framework'
    if (src.split('?')[0] === OWN_SCRIPT && attr(el, 'type') === 'module') return 'ours'
    return undefined
  }
  if (attr(el, 'type') === 'application/ld+json') return 'data'
  if (/^\s*\(?self\.__next_f\b/.test(text(el))) return 'framework'
  return undefined
}

/** Links that only fetch the framework's scripts ahead of time. */
const isScriptPreload = (el: Element) => {
  const rel = attr(el, 'rel')
  return rel === 'modulepreload' || (rel === 'preload' && attr(el, 'as') === 'script')
}

/**
 * Attributes only the build reads: Pagefind's markers (the index is written before this step)
 * and React's stylesheet ordering. Readers would download them on every page for nothing.
 */
const isBuildAttribute = (name: string) => name.startsWith('data-pagefind-') || name === 'data-precedence'

export class UnknownScript extends Error {}

/**
 * One exported page as plain HTML: the framework's scripts, its inline flight data, its script
 * preloads, its hydration comments and build-only attributes removed; our module, JSON-LD and
 * everything else kept.
 * Parsed with parse5, never pattern-matched. `removed` counts scripts and preloads. Throws UnknownScript, describing it, for a script it cannot classify.
 */
export function plainHtml(html: string): { html: string; removed: number } {
  const document = parse(html)
  let removed = 0
  const walk = (node: Node) => {
    if (!('childNodes' in node)) return
    node.childNodes = node.childNodes.filter((child) => {
      // React's markers (text separators, Suspense boundaries) only guide hydration, which no page does now.
      if (child.nodeName === '#comment') return false
      if (!('tagName' in child)) return true
      if (child.tagName === 'script') {
        const kind = classifyScript(child)
        if (!kind) throw new UnknownScript(`a <script> the build does not know: ${serializeOuter(child).slice(0, 200)}`)
        if (kind === 'framework') return removed++, false
        return true
      }
      if (child.tagName === 'link' && isScriptPreload(child)) return removed++, false
      child.attrs = child.attrs.filter((a) => !isBuildAttribute(a.name))
      walk(child)
      return true
    })
    if ('content' in node && node.content) walk(node.content as Node)
  }
  walk(document)
  return { html: serialize(document), removed }
}

/** Files of the export that only the framework's runtime reads: its flight data and its scripts. */
export function isFrameworkFile(relPath: string): boolean {
  const name = relPath.split('/').at(-1) ?? ''
  if (name === 'index.txt' || /^__next\..*\.txt$/.test(name)) return true
  return relPath.startsWith('_next/') && name.endsWith('.js')
}
