import type { Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { parseContent } from '@/lib/content/parse'
import { assignHeadingIds } from '@/lib/toc'

const ids = (md: string) => assignHeadingIds(parseContent(md, '/x.mdx') as Root)

describe('heading ids and the contents list', () => {
  it('slugs headings the way GitHub does and lists h2 and h3 only', () => {
    const { toc } = ids('## Side effects: what to expect\n\n### During the session\n\n#### Detail\n')
    expect(toc).toEqual([
      { depth: 2, text: 'Side effects: what to expect', id: 'side-effects-what-to-expect' },
      { depth: 3, text: 'During the session', id: 'during-the-session' },
    ])
  })

  it('keeps repeated headings unique within one page', () => {
    expect(ids('## Risks\n\n## Risks\n').toc.map((t) => t.id)).toEqual(['risks', 'risks-1'])
  })

  it('uses a pinned id and removes the pin from the text', () => {
    const { toc, headings } = ids('## Who should not have it [#contraindications]\n')
    expect(toc[0]).toEqual({ depth: 2, text: 'Who should not have it', id: 'contraindications' })
    expect(headings[0]?.node.data?.hProperties?.id).toBe('contraindications')
  })

  it('never gives a heading an id the page layout already uses', () => {
    expect(ids('## References\n\n## Key facts\n').toc.map((t) => t.id)).toEqual(['references-1', 'key-facts-1'])
  })
})
