import { keyPattern } from './schema'

/** A Pandoc-style citation cluster, `[@a]` or `[@a; @b]`, found at [start, end) of a string. */
export interface CiteCluster {
  start: number
  end: number
  keys: string[]
}

/** Text that starts like a citation (`[@`) but is not one we can read. */
export interface MalformedCite {
  start: number
  text: string
}

const CLUSTER = /\[\s*@([^\s;\]\[]+)((?:\s*;\s*@[^\s;\]\[]+)*)\s*\]/g

/**
 * Find every citation cluster in a piece of text. Keys follow our registry pattern; anything else
 * that opens with `[@` is reported as malformed rather than silently shown to readers.
 */
export function findCitations(text: string): { clusters: CiteCluster[]; malformed: MalformedCite[] } {
  const clusters: CiteCluster[] = []
  const malformed: MalformedCite[] = []
  const covered: [number, number][] = []
  for (const m of text.matchAll(CLUSTER)) {
    const start = m.index
    const end = start + m[0].length
    const keys = [m[1] ?? '', ...(m[2] ?? '').split(';').map((k) => k.trim().replace(/^@/, '')).filter(Boolean)]
    covered.push([start, end])
    if (keys.every((k) => keyPattern.test(k))) clusters.push({ start, end, keys })
    else malformed.push({ start, text: m[0] })
  }
  // Anything else that looks like a citation: `[@…` or an @key after a space inside brackets
  // (`[see @x]`). An email address (`a@b.org`) has a letter before its @ and is left alone.
  for (const m of text.matchAll(/\[[^\]\[]*?@(?=[A-Za-z0-9_])/g)) {
    const start = m.index
    if (!/^\[\s*@$/.test(m[0]) && !/\s@$/.test(m[0])) continue
    if (covered.some(([s, e]) => start >= s && start < e)) continue
    const close = text.indexOf(']', start)
    malformed.push({ start, text: text.slice(start, close === -1 ? Math.min(text.length, start + 40) : close + 1) })
  }
  return { clusters, malformed: malformed.sort((a, b) => a.start - b.start) }
}
