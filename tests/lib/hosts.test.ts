import { describe, expect, it } from 'vitest'
import { CANONICAL_HOSTS, canonicalHostFor } from '@/lib/citations/hosts'

describe('canonical hosts', () => {
  it('each host on the list says why it is a source\'s own home, and is written once', () => {
    for (const [host, reason] of Object.entries(CANONICAL_HOSTS)) {
      expect(host).toMatch(/^\.?[a-z0-9-]+(\.[a-z0-9-]+)+$/)
      expect(host.startsWith('www.')).toBe(false)
      expect(reason.length).toBeGreaterThan(10)
    }
  })

  it('accepts a listed site with or without www, and every host under a listed domain', () => {
    expect(canonicalHostFor('https://www.medicines.org.uk/emc/product/2231/smpc')).toBe('medicines.org.uk')
    expect(canonicalHostFor('http://medicines.org.uk/emc/product/10977/pil')).toBe('medicines.org.uk')
    expect(canonicalHostFor('https://www.england.nhs.uk/x')).toBe('.nhs.uk')
    expect(canonicalHostFor('https://www.accessdata.fda.gov/x')).toBe('.fda.gov')
    expect(canonicalHostFor('https://has-sante.fr./jcms/p_1')).toBe('has-sante.fr')
  })

  it('refuses copies and look-alikes', () => {
    expect(canonicalHostFor('http://www.120ty.net/bencandy.php?aid=58243')).toBeUndefined()
    expect(canonicalHostFor('https://fda.report/DailyMed/d81a6a79')).toBeUndefined()
    expect(canonicalHostFor('https://evilnhs.uk/')).toBeUndefined()
    expect(canonicalHostFor('https://nature.com.example.org/')).toBeUndefined()
    expect(canonicalHostFor('not a url')).toBeUndefined()
  })
})
