/** A rectangle of whole icon cells: column, row, width and height, in cells. */
export interface CellRect {
  x: number
  y: number
  w: number
  h: number
}

/** Where the filled and the empty icons go in an icon array. */
export interface IconArrayLayout {
  cols: number
  rows: number
  filled: CellRect[]
  empty: CellRect[]
}

/** 100 people as 10 × 10; 1,000 as 40 × 25, so small risks stay visible. */
const GRID = { 100: { cols: 10, rows: 10 }, 1000: { cols: 40, rows: 25 } } as const

/**
 * The people who had the outcome fill the array row by row from the top left (the reading order the
 * risk-communication literature recommends), drawn as at most two rectangles of each kind, each
 * filled with a repeating icon pattern, so the picture stays a few hundred bytes at any size.
 */
export function iconArrayLayout(of: 100 | 1000, count: number): IconArrayLayout {
  const { cols, rows } = GRID[of]
  if (!Number.isInteger(count) || count < 0 || count > of) throw new Error(`An icon array of ${of} cannot show ${count}.`)
  const full = Math.floor(count / cols)
  const rest = count % cols
  const rect = (x: number, y: number, w: number, h: number): CellRect[] => (w > 0 && h > 0 ? [{ x, y, w, h }] : [])
  return {
    cols,
    rows,
    filled: [...rect(0, 0, cols, full), ...rect(0, full, rest, 1)],
    empty: [...rect(rest, full, cols - rest, rest > 0 ? 1 : 0), ...rect(0, full + (rest > 0 ? 1 : 0), cols, rows - full - (rest > 0 ? 1 : 0))],
  }
}
