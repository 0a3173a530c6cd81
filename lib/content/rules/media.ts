import type { Root, Table } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import type { Finding } from '../findings'

/**
 * Images say what they show (alt text), and tables have a header row that names each column,
 * so screen-reader users hear what every cell means.
 */
export function mediaRules(tree: Root, file: string): Finding[] {
  const findings: Finding[] = []
  const at = (n: { position?: { start: { line: number; column: number } } }) => ({ file, line: n.position?.start.line ?? 1, column: n.position?.start.column ?? 1, severity: 'error' as const })
  visit(tree, (node) => {
    if (node.type === 'image' && !node.alt?.trim()) {
      findings.push({ ...at(node), rule: 'media/image-alt', message: `An image with no alt text: ${node.url}`, hint: 'write what the image shows in the brackets: ![A nurse checking blood pressure](/images/bp.jpg).' })
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as MdxJsxFlowElement | MdxJsxTextElement).name === 'img') {
      const el = node as MdxJsxFlowElement
      const alt = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'alt')
      if (!alt || (typeof alt.value === 'string' && !alt.value.trim())) {
        findings.push({ ...at(el), rule: 'media/image-alt', message: 'An <img> with no alt text.', hint: 'add alt="what the image shows"; use Markdown images where you can.' })
      }
    }
    if (node.type === 'table') {
      const head = (node as Table).children[0]
      const empty = head?.children.filter((cell) => !toString(cell).trim()).length ?? 0
      if (!head || empty) {
        findings.push({ ...at(node), rule: 'media/table-header', message: `A table whose header row has ${empty} empty cell${empty === 1 ? '' : 's'}.`, hint: 'the first row names the columns: give every column a short heading.' })
      }
    }
  })
  return findings
}
