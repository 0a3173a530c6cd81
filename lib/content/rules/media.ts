import type { Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { defineRule, report } from './define'

export const imageAlt = defineRule({
  id: 'media/image-alt',
  catches: 'an image without alt text',
  severity: 'error',
  check(tree, file) {
    visit(tree, 'image', (node) => {
      if (!node.alt?.trim()) report(file, imageAlt, `An image with no alt text: ${node.url}`, node, 'write what the image shows in the brackets: ![A nurse checking blood pressure](/images/bp.jpg).')
    })
  },
})

export const tableHeader = defineRule({
  id: 'media/table-header',
  catches: 'a table whose header row leaves a column unnamed',
  severity: 'error',
  check(tree, file) {
    visit(tree, 'table', (node: Table) => {
      const head = node.children[0]
      const empty = head?.children.filter((cell) => !toString(cell).trim()).length ?? 0
      if (!head || empty) report(file, tableHeader, `A table whose header row has ${empty} empty cell${empty === 1 ? '' : 's'}.`, node, 'the first row names the columns: give every column a short heading.')
    })
  },
})
