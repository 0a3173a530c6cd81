import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified, type Processor } from 'unified'
import { VFile } from 'vfile'

/**
 * The syntax of a content file beyond MDX: YAML frontmatter and GitHub tables. Added by the content
 * plugin itself (so @next/mdx needs no second list) and by the parser below.
 */
export function contentSyntax(this: Processor) {
  remarkFrontmatter.call(this as never, ['yaml'])
  remarkGfm.call(this as never)
}

const parser = unified().use(remarkParse).use(remarkMdx).use(contentSyntax)

/** Parse MDX source to a syntax tree; throws a located VFileMessage on an MDX syntax error. */
export function parseContent(source: string, absFile: string): Root {
  return parser.parse(new VFile({ path: absFile, value: source })) as Root
}
