import { COMPONENTS, SAFE_HTML, type ContentComponent } from './components'
import { NO_CITE_REASONS } from './rules/citations'
import { ruleTable } from './rules/index'

type Def = { type: string; innerType?: ZodLike; entries?: Record<string, string>; shape?: Record<string, ZodLike>; defaultValue?: unknown; checks?: unknown[] }
type ZodLike = { _zod: { def: Def } }

/** One prop in words: its name, what it takes, and whether it may be left out. */
function describeProp(name: string, schema: ZodLike): string {
  let def = schema._zod.def
  let optional = false
  let fallback: unknown
  while (def.type === 'optional' || def.type === 'default') {
    optional = true
    if (def.type === 'default') fallback = def.defaultValue
    def = def.innerType!._zod.def
  }
  const takes = def.type === 'enum' ? Object.values(def.entries ?? {}).map((v) => `\`${v}\``).join(', ') : def.type === 'string' ? 'text' : def.type
  return `\`${name}\` (${takes}${optional ? `; optional${fallback !== undefined ? `, default \`${String(fallback)}\`` : ''}` : ''})`
}

/** The components section of the editor's guide, written from the components' own schemas and examples. */
export function componentDocs(): string {
  const out: string[] = []
  for (const [name, c] of Object.entries(COMPONENTS) as [string, ContentComponent][]) {
    const shape = ((c.props as unknown as ZodLike)._zod.def.shape ?? {}) as Record<string, ZodLike>
    const props = Object.entries(shape).map(([k, v]) => describeProp(k, v))
    out.push(`### ${name}`, '', `${c.summary} ${props.length ? `Props: ${props.join('; ')}.` : 'No props.'}${c.children === 'block' ? ' Leave a blank line after the opening tag and before the closing tag.' : ''}`, '')
    for (const example of c.examples) out.push(`${example.title}:`, '', '```mdx', example.mdx, '```', '')
  }
  out.push(`HTML: only simple text elements (${SAFE_HTML.map((t) => `\`${t}\``).join(', ')}), with no event handlers and no \`style\`. No \`{…}\` code other than comments, and no \`import\` or \`export\`.`)
  return out.join('\n')
}

/** The no-cite reasons table of the editor's guide. */
export function noCiteDocs(): string {
  return ['| reason | for |', '| --- | --- |', ...Object.entries(NO_CITE_REASONS).map(([id, what]) => `| \`${id}\` | ${what} |`)].join('\n')
}

/** The parts of docs/editing.md written from code, by the name of the region that holds them. */
export const GENERATED_DOCS: Record<string, () => string> = { rules: ruleTable, components: componentDocs, 'no-cite': noCiteDocs }

/** Replace each `<!-- generated:name -->…<!-- /generated:name -->` region with its current text. */
export function fillGenerated(markdown: string): string {
  return markdown.replace(/(<!-- generated:([a-z-]+) -->)[\s\S]*?(<!-- \/generated:\2 -->)/g, (_all, open: string, name: string, close: string) => {
    const make = GENERATED_DOCS[name]
    if (!make) throw new Error(`docs: no generator for region "${name}"`)
    return `${open}\n${make()}\n${close}`
  })
}

