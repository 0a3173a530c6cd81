import { colemanLiau } from 'coleman-liau'
import { fleschKincaid } from 'flesch-kincaid'
import silabea from 'silabea'
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

/** Sentences, words and syllables of prose, with the syllable counter of its language. */
function counts(text: string, syllablesOf: (word: string) => number) {
  // A list item or heading without a full stop is still its own sentence.
  const prose = text
    .split(/\n{2,}/)
    .map((b) => b.trim())
    .filter(Boolean)
    .map((b) => (/[.!?:;]["”’»)]*$/.test(b) ? b : `${b}.`))
    .join(' ')
  let sentences = 0
  for (const s of sentenceSegmenter.segment(prose)) if (/\p{L}/u.test(s.segment)) sentences++
  let words = 0
  let syllables = 0
  let letters = 0
  for (const w of wordSegmenter.segment(prose)) {
    if (!w.isWordLike) continue
    words++
    syllables += Math.max(1, syllablesOf(w.segment))
    letters += (w.segment.match(/[\p{L}\p{N}]/gu) ?? []).length
  }
  return { sentences, words, syllables, letters }
}

const round = (n: number) => (Number.isFinite(n) ? Math.round(n * 10) / 10 : 0)

/**
 * Reading-level statistics for plain English text. Sentences and words are split by the platform's
 * Unicode segmenter (Intl.Segmenter); syllables and both grade formulas come from kept libraries
 * (wooorm's syllable, flesch-kincaid and coleman-liau). Blocks should be separated by blank lines.
 */
export function readingStats(text: string): ReadingStats {
  const { sentences, words, syllables, letters } = counts(text, syllable)
  const c = { sentence: sentences, word: words, syllable: syllables, letter: letters }
  return { sentences, words, syllables, letters, fleschKincaid: round(fleschKincaid(c)), colemanLiau: round(colemanLiau(c)) }
}

export interface SpanishReadingStats {
  sentences: number
  words: number
  syllables: number
  /**
   * Szigriszt-Pazos perspicuity (1993), read on the INFLESZ scale (Barrio-Cantalejo et al. 2008):
   * below 40 very hard, 40-55 somewhat hard, 55-65 normal, 65-80 fairly easy, above 80 very easy.
   */
  szigriszt: number
  /** Fernández-Huerta reading ease (1959), Flesch's formula adapted to Spanish; higher is easier. */
  fernandezHuerta: number
}

/** A Spanish word's syllables, from a kept syllabifier (silabea: diphthongs, hiatus and accents). */
function spanishSyllables(word: string): number {
  return /\p{L}/u.test(word) ? silabea.getSilabas(word.toLowerCase()).numeroSilaba : 1
}

/**
 * Reading ease of plain Spanish text, by the two formulas used for Spanish health information.
 * Sentences and words are split as for English; syllables by Spanish rules.
 */
export function spanishReadingStats(text: string): SpanishReadingStats {
  const { sentences, words, syllables } = counts(text, spanishSyllables)
  const perWord = syllables / Math.max(1, words)
  const perSentence = words / Math.max(1, sentences)
  return {
    sentences,
    words,
    syllables,
    szigriszt: round(206.835 - 62.3 * perWord - perSentence),
    fernandezHuerta: round(206.84 - 0.6 * (perWord * 100) - 1.02 * ((sentences / Math.max(1, words)) * 100)),
  }
}
