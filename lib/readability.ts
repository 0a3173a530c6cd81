import { colemanLiau } from 'coleman-liau'
import { fleschKincaid } from 'flesch-kincaid'
import { syllable } from 'syllable'

export interface ReadingStats {
  sentences: number
  words: number
  syllables: number
  letters: number
  /** US school grade by the Flesch-Kincaid formula (1975). */
  fleschKincaid: number
  /** US school grade by the Coleman-Liau index (1975), which counts letters, not syllables. */
  colemanLiau: number
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' })

/**
 * Reading-level statistics for plain English text. Sentences and words are split by the platform's
 * Unicode segmenter (Intl.Segmenter); syllables and both grade formulas come from kept libraries
 * (wooorm's syllable, flesch-kincaid and coleman-liau). Blocks should be separated by blank lines.
 */
export function readingStats(text: string): ReadingStats {
  // A list item or heading without a full stop is still its own sentence.
  const prose = text
    .split(/\n{2,}/)
    .map((b) => b.trim())
    .filter(Boolean)
    .map((b) => (/[.!?:;]["”’)]*$/.test(b) ? b : `${b}.`))
    .join(' ')
  let sentences = 0
  for (const s of sentenceSegmenter.segment(prose)) if (/\p{L}/u.test(s.segment)) sentences++
  let words = 0
  let syllables = 0
  let letters = 0
  for (const w of wordSegmenter.segment(prose)) {
    if (!w.isWordLike) continue
    words++
    syllables += Math.max(1, syllable(w.segment))
    letters += (w.segment.match(/[\p{L}\p{N}]/gu) ?? []).length
  }
  const counts = { sentence: sentences, word: words, syllable: syllables, letter: letters }
  const round = (n: number) => (Number.isFinite(n) ? Math.round(n * 10) / 10 : 0)
  return { sentences, words, syllables, letters, fleschKincaid: round(fleschKincaid(counts)), colemanLiau: round(colemanLiau(counts)) }
}
