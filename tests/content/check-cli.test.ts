import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkAll } from '@/lib/content/check'
import { lines } from '../helpers/messages'

const script = path.resolve('scripts/check.ts')
const tsx = path.resolve('node_modules/.bin/tsx')
const fixture = path.resolve('tests/fixtures/site')

function runCheck(cwd: string, args: string[] = []) {
  const run = spawnSync(tsx, [script, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CONTENT_TODAY: '2026-11-21' } })
  return { status: run.status, stdout: run.stdout }
}

describe('npm run check', () => {
  it('prints every finding as JSON for machines and exits non-zero on errors', () => {
    const { status, stdout } = runCheck(fixture, ['--json'])
    expect(status).toBe(1)
    const { findings, summary } = JSON.parse(stdout) as { findings: Record<string, unknown>[]; summary: { file: string }[] }
    expect(findings).toContainEqual(
      expect.objectContaining({ file: 'content/articles/unknown-key.mdx', line: 17, column: 85, severity: 'error', rule: 'cite/unknown-key', hint: 'did you mean "berman2000"?' }),
    )
    expect(summary.map((s) => s.file)).toContain('content/articles/valid-article.mdx')
  })

  it('warns about a registry entry that no page cites', () => {
    const { files } = checkAll(fixture)
    expect(files.flatMap(lines)).toContain('content/references/registry.json:170:11  warning  registry/unused  Reference "coyle2015" is not cited by any page.\n    hint: cite it where it supports a claim, or remove it from the registry.')
  })

  it('passes clean content with exit code 0 and prints the summary table', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clean-'))
    fs.mkdirSync(path.join(root, 'content/articles'), { recursive: true })
    fs.mkdirSync(path.join(root, 'content/references'), { recursive: true })
    fs.copyFileSync(path.join(fixture, 'content/articles/valid-article.mdx'), path.join(root, 'content/articles/valid-article.mdx'))
    const registry = JSON.parse(fs.readFileSync(path.join(fixture, 'content/references/registry.json'), 'utf8')) as { id: string }[]
    fs.writeFileSync(path.join(root, 'content/references/r.json'), JSON.stringify(registry.filter((r) => r.id !== 'coyle2015')))
    const { status, stdout } = runCheck(root)
    fs.rmSync(root, { recursive: true, force: true })
    expect(stdout).toContain('articles/valid-article.mdx')
    expect(stdout).toMatch(/0 errors, 0 warnings/)
    expect(status).toBe(0)
  })
})
