import { describe, expect, it } from 'vitest'
import { articleFeed } from '@/lib/feed'
import type { Article } from '@/lib/content/loader'
import { absoluteUrl, entryMetadata, jsonLdString, medicalWebPageJsonLd, pageMetadata } from '@/lib/metadata'

const article: Article = {
  slug: 'side-effects',
  lang: 'en',
  file: 'content/articles/side-effects.mdx',
  href: '/articles/side-effects/',
  frontmatter: {
    title: 'Side effects',
    description: 'What to expect during and after a session.',
    section: 'safety',
    order: 1,
    lastReviewed: '2026-11-01',
    nextReviewDue: '2027-05-01',
    reviewer: 'Psychiatric pharmacist',
    keyFacts: ['a', 'b', 'c'],
    draft: false,
    history: [{ date: '2026-11-10', summary: 'Added driving advice.', kind: 'update' }],
  },
}

describe('page metadata', () => {
  it('gives a canonical address, Open Graph and a large Twitter card with the default image', () => {
    const meta = pageMetadata({ title: 'Search', description: 'Find things.', path: '/search/' })
    expect(meta.alternates?.canonical).toBe('/search/')
    expect(meta.openGraph).toMatchObject({ type: 'website', url: '/search/', title: 'Search – Ketamine Explained', images: [{ url: '/og.png', width: 1200, height: 630 }] })
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image' })
  })

  it("uses an article's own preview image and review date", () => {
    const meta = entryMetadata(article, true)
    expect(meta.openGraph).toMatchObject({ type: 'article', modifiedTime: '2026-11-01', images: [{ url: '/articles/side-effects/og.png', alt: 'Side effects – Ketamine Explained' }] })
  })

  it('builds absolute URLs from the one configured origin', () => {
    expect(absoluteUrl('/articles/side-effects/')).toBe('https://ketamine-explained.example/articles/side-effects/')
  })
})

describe('MedicalWebPage structured data', () => {
  it('says when it was reviewed and by whom (a role)', () => {
    const ld = medicalWebPageJsonLd(article)
    expect(ld).toMatchObject({
      '@type': 'MedicalWebPage',
      url: 'https://ketamine-explained.example/articles/side-effects/',
      lastReviewed: '2026-11-01',
      dateModified: '2026-11-10',
      reviewedBy: { '@type': 'Organization', name: 'Psychiatric pharmacist' },
    })
  })

  it('cannot break out of its script element', () => {
    expect(jsonLdString({ a: '</script><script>alert(1)</script>' })).not.toContain('</script>')
  })
})

describe('the Atom feed', () => {
  it('lists articles newest change first, with what changed', () => {
    const older = { ...article, slug: 'older', href: '/articles/older/', frontmatter: { ...article.frontmatter, title: 'Older', history: undefined, lastReviewed: '2026-01-01' } }
    const xml = articleFeed([older, article])
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">')
    expect(xml.indexOf('Side effects')).toBeLessThan(xml.indexOf('Older'))
    expect(xml).toContain('Added driving advice.')
    expect(xml).toContain('<updated>2026-11-10T00:00:00.000Z</updated>')
  })
})
