import { distance } from 'fastest-levenshtein'

/** One is the start of the other and not much shorter ("berman" for "berman2000", not "/" for a path). */
function isNearPrefix(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return long.startsWith(short) && short.length * 2 >= long.length
}

/**
 * The known names closest to a mistyped one, best first. Case is ignored for ranking; only
 * candidates within a few edits (about a third of the word) are offered, so hints stay useful.
 */
export function nearest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase()
  const budget = Math.max(2, Math.ceil(needle.length / 3))
  return [...new Set(candidates)]
    .map((c) => ({ c, d: distance(needle, c.toLowerCase()) }))
    .filter(({ c, d }) => d <= budget || isNearPrefix(needle, c.toLowerCase()))
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, limit)
    .map(({ c }) => c)
}

/** "Did you mean "a", "b"?" or undefined when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const near = nearest(input, candidates)
  return near.length ? `did you mean ${near.map((n) => `"${n}"`).join(', ')}?` : undefined
}
