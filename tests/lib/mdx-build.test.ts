import fs from 'node:fs'
import path from 'node:path'
import { compile } from '@mdx-js/mdx'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { SYNTAX_PLUGINS } from '@/lib/content/pipeline'
import { remarkPlugins } from '@/lib/mdx/plugins.mjs'

/**
 * The build path itself: MDX compiled with the exact plugin list next.config.mjs gives @next/mdx
 * (module names and an absolute path, loaded the way the MDX loader loads them).
 */
const root = path.resolve('tests/fixtures/site')

async function build(name: string) {
  const plugins = await Promise.all(
    remarkPlugins(root).map(async ([spec, options]) => [(await import(spec)).default, options] as [never, object]),
  )
  const file = path.join(root, 'content/articles', name)
  return compile(new VFile({ path: file, value: fs.readFileSync(file, 'utf8') }), { remarkPlugins: plugins })
}

describe('the MDX build', () => {
  it('uses the same syntax plugins as npm run check, then ours', () => {
    const names = remarkPlugins(root).map(([spec]) => spec)
    expect(names.slice(0, -1)).toEqual([...SYNTAX_PLUGINS])
    expect(names.at(-1)).toMatch(process.env.REMARK_CONTENT_BUNDLE ? /remark-content\.mjs$/ : /lib\/mdx\/remark-content\.mjs$/)
  })

  it('compiles a valid article and exports its contents list and references', async () => {
    const code = String(await build('valid-article.mdx'))
    expect(code).toContain('export const headings')
    expect(code).toContain('export const references')
    expect(code).toContain('"cite-3-1"')
  })

  it('fails a broken article with every error located', async () => {
    await expect(build('unknown-key.mdx')).rejects.toThrow(
      'content/articles/unknown-key.mdx:17:85  error  cite/unknown-key  Unknown citation key "bermann2000": no entry with this id in content/references/.\n    hint: did you mean "berman2000"?',
    )
  })

  it('fails on a heading level skip', async () => {
    await expect(build('skipped-level.mdx')).rejects.toThrow('skipped-level.mdx:21:1  error  headings/skipped-level')
  })

  it('fails on an MDX syntax error with its position', async () => {
    await expect(build('mdx-syntax.mdx')).rejects.toMatchObject({
      line: 19,
      column: 83,
      reason: 'Unexpected end of file in expression, expected a corresponding closing brace for `{`',
    })
  })
})
