import type { Text } from 'mdast'
import type { Position } from 'unist'

/** Line and column of a character offset inside a text node, for a message at the exact word. */
export function placeIn(node: Text, offset: number) {
  const start = node.position?.start ?? { line: 1, column: 1 }
  const before = node.value.slice(0, offset)
  const nl = before.lastIndexOf('\n')
  if (nl === -1) return { line: start.line, column: start.column + offset }
  return { line: start.line + before.split('\n').length - 1, column: offset - nl }
}

type Positioned = { position?: Position; children?: unknown[] }

/**
 * Give a node and everything inside it one place, for content the site inserts (key facts from the
 * YAML, the closing next steps): a finding in it then points at that line of the editor's file.
 */
export function placeAll(node: Positioned, at: Position | undefined): void {
  node.position = at
  node.children?.forEach((child) => placeAll(child as Positioned, at))
}
