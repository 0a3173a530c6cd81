import type { Text } from 'mdast'

/** Line and column of a character offset inside a text node, for a message at the exact word. */
export function placeIn(node: Text, offset: number) {
  const start = node.position?.start ?? { line: 1, column: 1 }
  const before = node.value.slice(0, offset)
  const nl = before.lastIndexOf('\n')
  if (nl === -1) return { line: start.line, column: start.column + offset }
  return { line: start.line + before.split('\n').length - 1, column: offset - nl }
}
