// silabea ships no types; only the part the readability code reads.
declare module 'silabea' {
  const silabea: { getSilabas(word: string): { numeroSilaba: number } }
  export default silabea
}
