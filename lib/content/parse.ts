import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'

/**
 * The syntax plugins MDX content is parsed with. lib/mdx/plugins.mjs gives @next/mdx the same
 * list by name (a test keeps the two in step), then our remark-content plugin.
 */
export const SYNTAX_PLUGINS = ['remark-frontmatter', 'remark-gfm'] as const
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm)

/** Parse MDX source to a syntax tree; throws a located VFileMessage on an MDX syntax error. */
export function parseContent(source: string, absFile: string): Root {
  return parser.parse(new VFile({ path: absFile, value: source })) as Root
}
