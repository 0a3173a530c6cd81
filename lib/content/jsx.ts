import { valueToEstree } from 'estree-util-value-to-estree'
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import type { Expression, Program } from 'estree'
import type { RootContent } from 'mdast'

/**
 * A JSX element as the content tree holds it before its props are checked: the transforms that
 * expand editor components (digest, figures, options table) read it this loosely.
 */
export type JsxNode = {
  type: string
  name?: string | null
  attributes?: { type: string; name?: string; value?: unknown }[]
  children?: RootContent[]
  position?: RootContent['position']
}

/** Whether a node is the block-level (or, with `text`, inline) JSX element of that name. */
export const isJsx = (node: { type: string }, name: string, kind: 'flow' | 'text' = 'flow'): node is JsxNode =>
  node.type === (kind === 'flow' ? 'mdxJsxFlowElement' : 'mdxJsxTextElement') && (node as JsxNode).name === name

/** A prop written as a plain string (`id="…"`), or undefined. */
export function stringProp(el: JsxNode, name: string): string | undefined {
  const attr = el.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)
  return typeof attr?.value === 'string' ? attr.value : undefined
}

/** A JSX attribute whose value is a JSON-like expression, with the estree MDX needs to compile it. */
export function jsxProp(name: string, value: unknown): MdxJsxAttribute {
  const program: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [{ type: 'ExpressionStatement', expression: valueToEstree(value) as Expression }],
  }
  return { type: 'mdxJsxAttribute', name, value: { type: 'mdxJsxAttributeValueExpression', value: JSON.stringify(value), data: { estree: program } } }
}

type Children<T extends MdxJsxFlowElement | MdxJsxTextElement> = T['children']

export function jsxText(name: string, props: Record<string, unknown>, children: Children<MdxJsxTextElement> = []): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes: Object.entries(props).map(([k, v]) => jsxProp(k, v)), children }
}

export function jsxFlow(name: string, props: Record<string, unknown>, children: Children<MdxJsxFlowElement> = []): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes: Object.entries(props).map(([k, v]) => jsxProp(k, v)), children }
}

/** An `export const name = value` statement MDX adds to the compiled module. */
export function esmExport(name: string, value: unknown) {
  const program: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ExportNamedDeclaration',
        specifiers: [],
        attributes: [],
        declaration: {
          type: 'VariableDeclaration',
          kind: 'const',
          declarations: [{ type: 'VariableDeclarator', id: { type: 'Identifier', name }, init: valueToEstree(value) as Expression }],
        },
      },
    ],
  }
  return { type: 'mdxjsEsm' as const, value: `export const ${name} = ${JSON.stringify(value)}`, data: { estree: program } }
}
