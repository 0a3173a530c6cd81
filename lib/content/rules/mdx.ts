import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import { visit } from 'unist-util-visit'
import type { z } from 'zod'
import { didYouMean } from '../../suggest'
import { COMPONENTS, GENERATED_COMPONENTS, SAFE_HTML, type ContentComponent } from '../components'
import { describeIssue } from '../frontmatter'
import { defineRule, report } from './define'
import { checkUrl } from './urls'

export const syntax = defineRule({ id: 'mdx/syntax', catches: 'MDX that cannot be read (a stray `{` or `<`, an unclosed tag)', severity: 'error' })

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement
/** An element the editor wrote (the site's own inserted elements, like the key facts box, have no place in the file). */
const isJsx = (node: { type: string; position?: unknown }): node is JsxElement => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && Boolean(node.position)
const EDITOR_COMPONENTS = Object.keys(COMPONENTS)

export const unknownComponent = defineRule({
  id: 'mdx/unknown-component',
  catches: 'a component that is not documented (a typo, or one the site writes itself)',
  severity: 'error',
  check(tree, file) {
    visit(tree, (node) => {
      if (!isJsx(node) || !node.name || !/^[A-Z]/.test(node.name) || node.name in COMPONENTS) return
      const instead = Object.hasOwn(GENERATED_COMPONENTS, node.name) ? GENERATED_COMPONENTS[node.name] : undefined
      report(
        file,
        unknownComponent,
        instead ? `<${node.name}> is written by the site itself, not by editors.` : `Unknown component <${node.name}>.`,
        node,
        instead ?? `${didYouMean(node.name, EDITOR_COMPONENTS) ?? ''} The components you can use: ${EDITOR_COMPONENTS.join(', ')} (docs/editing.md).`.trim(),
      )
    })
  },
})

/** The props as written, for validation: text, literal expressions, and bare attributes (true). */
function propsOf(node: JsxElement): { props: Record<string, unknown>; at: Map<string, MdxJsxAttribute> } {
  const props: Record<string, unknown> = {}
  const at = new Map<string, MdxJsxAttribute>()
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute') continue
    at.set(attr.name, attr)
    if (attr.value === null || attr.value === undefined) props[attr.name] = true
    else if (typeof attr.value === 'string') props[attr.name] = attr.value
    else props[attr.name] = literalOf(attr.value) ?? attr.value.value
  }
  return { props, at }
}

/** The value of `{…}` when it is a plain literal (a number, true/false, text), else undefined. */
function literalOf(value: { value: string; data?: { estree?: unknown } }): unknown {
  const body = (value.data?.estree as { body?: { type: string; expression?: { type: string; value?: unknown } }[] } | undefined)?.body
  const expr = body?.length === 1 && body[0]?.type === 'ExpressionStatement' ? body[0].expression : undefined
  return expr?.type === 'Literal' ? expr.value : undefined
}

export const props = defineRule({
  id: 'mdx/props',
  catches: "a component prop that is missing, misspelt or has a value the component does not accept",
  severity: 'error',
  check(tree, file) {
    visit(tree, (node) => {
      if (!isJsx(node) || !node.name || !(node.name in COMPONENTS)) return
      const component = (COMPONENTS as Record<string, ContentComponent>)[node.name]!
      const { props: given, at } = propsOf(node)
      const result = component.props.safeParse(given, { reportInput: true })
      if (result.success) return
      const known = Object.keys((component.props as z.ZodObject).shape ?? {})
      for (const issue of result.error.issues) {
        const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined
        const { message, hint } = describeIssue(issue, known, component.props)
        const where = at.get(unknownKey ?? String(issue.path[0] ?? '')) ?? node
        const reason = message
          .replace(/^Missing required field "([^"]+)"/, `<${node.name}> needs its "$1" prop`)
          .replace(/^Field "([^"]+)"/, `<${node.name}> prop "$1"`)
          .replace(/^Unknown field "([^"]+)" \(not in the schema\)/, `<${node.name}> has no prop "$1"`)
        report(file, props, reason, where.position ? where : node, hint ?? (known.length ? `its props: ${known.join(', ')}.` : `<${node.name}> takes no props.`))
      }
      if (component.children === 'none' && node.children.length) report(file, props, `<${node.name}> takes no content between its tags.`, node, `write it as <${node.name} … />.`)
    })
  },
})

const UNSAFE_EXPLAINED: Record<string, string> = {
  script: 'pages run no script written in content',
  style: 'styles come from the site, not from content',
  iframe: 'nothing from another site is embedded',
  object: 'nothing from another site is embedded',
  embed: 'nothing from another site is embedded',
  form: 'content collects nothing from readers',
  img: 'use a Markdown image: ![what it shows](/images/file.png)',
  a: 'use a Markdown link: [text](/articles/slug/)',
}

export const html = defineRule({
  id: 'mdx/html',
  catches: 'HTML outside the safe text subset: `script`, `style`, `iframe`, `object`, `embed`, `form` and the like',
  severity: 'error',
  check(tree, file) {
    visit(tree, (node) => {
      if (!isJsx(node)) return
      if (node.name === null) {
        report(file, html, 'An empty tag (<>…</>) in content.', node, 'remove it: content needs no wrapper.')
        return
      }
      if (/^[A-Z]/.test(node.name) || (SAFE_HTML as readonly string[]).includes(node.name)) return
      report(file, html, `The HTML element <${node.name}> is not allowed in content.`, node, `${UNSAFE_EXPLAINED[node.name] ?? 'only simple text elements are allowed'} (allowed: ${SAFE_HTML.join(', ')}).`)
    })
  },
})

const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'cite', 'data']

export const attribute = defineRule({
  id: 'mdx/attribute',
  catches: 'an event handler (`onClick`…), a `style` attribute, or a spread `{...props}` on an element',
  severity: 'error',
  check(tree, file) {
    visit(tree, (node) => {
      if (!isJsx(node)) return
      for (const attr of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
        const place = attr.position ? attr : node
        if (attr.type === 'mdxJsxExpressionAttribute') {
          report(file, attribute, `A spread attribute ({${attr.value}}) on <${node.name}>.`, place, 'write each prop out, as text: name="value".')
        } else if (/^on/i.test(attr.name)) {
          report(file, attribute, `The event handler "${attr.name}" on <${node.name}>: content runs no script.`, place, 'remove it; behaviour belongs in the site, not in an article.')
        } else if (attr.name === 'style' || attr.name === 'dangerouslySetInnerHTML') {
          report(file, attribute, `The "${attr.name}" attribute on <${node.name}> is not allowed.`, place, 'styles come from the site; write the text as Markdown.')
        } else if (URL_ATTRIBUTES.includes(attr.name.toLowerCase()) && typeof attr.value === 'string') {
          for (const problem of checkUrl(attr.value, attr.name.toLowerCase() === 'href' ? 'link' : 'resource')) report(file, problem.rule, problem.reason, place, problem.hint)
        }
      }
    })
  },
})

const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/
const short = (code: string) => (code.length > 40 ? `${code.slice(0, 39)}…` : code)

export const expression = defineRule({
  id: 'mdx/expression',
  catches: 'code in content: `{…}` other than a comment, `import` or `export`, or a prop written as code',
  severity: 'error',
  check(tree, file) {
    visit(tree, (node) => {
      if (node.type === 'mdxjsEsm') {
        report(file, expression, 'An import or export statement in content.', node, 'components need no import; remove the line.')
      } else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !COMMENT.test(node.value) && node.value.trim()) {
        report(file, expression, `Code in content: {${short(node.value.trim())}}.`, node, 'content is text: write \\{ for a brace, and use {/* … */} only for comments such as no-cite.')
      } else if (isJsx(node)) {
        for (const attr of node.attributes) {
          if (attr.type === 'mdxJsxAttribute' && attr.value && typeof attr.value === 'object' && literalOf(attr.value) === undefined) {
            report(file, expression, `The prop "${attr.name}" on <${node.name}> is written as code: {${short(attr.value.value)}}.`, attr.position ? attr : node, `write it as text: ${attr.name}="…".`)
          }
        }
      }
    })
  },
})
