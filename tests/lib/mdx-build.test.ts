import fs from 'node:fs'
import path from 'node:path'
import { compile } from '@mdx-js/mdx'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { checkFile } from '@/lib/content/check'
import { remarkPlugins } from '@/next.config'
import { lines } from '../helpers/messages'

/** The build path itself: MDX compiled with the plugins exactly as next.config.ts hands them to @next/mdx. */
const root = path.resolve('tests/fixtures/site')
const [[plugin, options]] = remarkPlugins

async function build(name: string) {
  const file = path.join(root, 'content/articles', name)
  return compile(new VFile({ path: file, value: fs.readFileSync(file, 'utf8') }), { remarkPlugins: [[plugin, { ...options, root }]] })
}

describe('the MDX build', () => {
  it('routes no MDX: next.config.ts lists mdx as a page extension only so MDX gets the server copy of React', () => {
    const mdxInApp = fs.readdirSync('app', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'))
    expect(mdxInApp).toEqual([])
  })

  it('compiles a valid article and exports its contents list and references', async () => {
    const code = String(await build('valid-article.mdx'))
    expect(code).toContain('export const headings')
    expect(code).toContain('export const references')
    expect(code).toContain('"cite-3-1"')
  })

  const fixtures = fs.readdirSync(path.join(root, 'content/articles')).filter((n) => n !== 'mdx-syntax.mdx')
  it.each(fixtures)('%s: the build reports exactly what the check reports', async (name) => {
    const checked = lines(checkFile(root, path.join(root, 'content/articles', name)))
    const error = await build(name).then(() => undefined, (e: Error & { file?: VFile }) => e)
    // The build stops on any error and carries every message of that file; a file without errors builds.
    expect(Boolean(error)).toBe(checked.some((l) => l.includes('  error  ')))
    if (error?.file) expect(lines(Object.assign(error.file, { path: path.relative(root, error.file.path) }))).toEqual(checked)
  })

  it('says what is wrong in the error a reader of the build log sees', async () => {
    const error = await build('unknown-key.mdx').then(() => undefined, (e: Error) => e)
    expect(error?.message).toContain('Unknown citation key "bermann2000": no entry with this id in content/references/.')
    expect(error?.message).toContain('did you mean "berman2000"?')
  })

  it('fails on an MDX syntax error with its position', async () => {
    await expect(build('mdx-syntax.mdx')).rejects.toMatchObject({
      line: 19,
      column: 83,
      reason: 'Unexpected end of file in expression, expected a corresponding closing brace for `{`',
    })
  })
})
