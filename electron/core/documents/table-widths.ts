import { textWidthInChars } from '../../../shared/rules/text-width'

// Column widths from what the columns hold, so the table is as short as its text allows. Every column starts
// at its narrowest sensible width: its header's longest line and its longest number or Latin word (never
// broken), and a `nowrap` column (numbers, 序号, units) as wide as its widest cell. Then the room left is
// handed out step by step to the column where a little more width shortens the rows most for the width it
// takes (a 备注 column with short notes gets what keeps them on one line, the tall cells of a long row are
// narrowed in turn), and whatever no step can use goes to the text columns by their `share`.

export interface ColumnContent {
  /** Header text; "\n" breaks it into lines, each kept whole. */
  head: string
  cells: readonly string[]
  /** Never wrapped (numbers, 序号, units): the column is as wide as its widest cell. */
  nowrap?: boolean
  /** The column's part of room no line needs (1 unless told; the 品名 of a list more). */
  share?: number
}

/** Runs of digits, Latin letters and their punctuation: broken by no reader mid-way without looking wrong. */
const UNBREAKABLE = /[\x21-\x7e]+/g

const longestToken = (text: string): number => Math.max(0, ...[...text.matchAll(UNBREAKABLE)].map((m) => textWidthInChars(m[0])))
const linesOf = (text: string) => text.split('\n')
const widest = (texts: readonly string[]) => Math.max(0, ...texts.flatMap(linesOf).map(textWidthInChars))
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
/** Candidate widths tried per column and step: the nearest few thresholds are where lines are saved cheaply. */
const NEAREST_STEPS = 6

/** Lines a cell's text takes in `room` characters (each of its own lines wrapped on its own). */
const linesIn = (widths: readonly number[], room: number) => sum(widths.map((w) => Math.max(1, Math.ceil(w / room - 1e-9))))

/**
 * Widths in characters of the table's text size, summing to `totalChars`. `padChars` is what a cell's side
 * margins take; a nowrap column gets `slackChars` more, for readers whose fonts run wider than the estimate
 * (a wrapping column would only wrap a little sooner). Also returns each row's height in lines.
 */
export function contentWidths(columns: readonly ColumnContent[], totalChars: number, padChars: number, slackChars = 0.4): { widths: number[]; rowLines: number[] } {
  const rows = Math.max(0, ...columns.map((c) => c.cells.length))
  // Per cell, the widths of its lines: what wrapping is counted from.
  const cellWidths = columns.map((c) => c.cells.map((t) => linesOf(t).map(textWidthInChars)))
  const minimum = columns.map((c) => (c.nowrap ? Math.max(widest([c.head]), widest(c.cells)) + slackChars : Math.max(widest([c.head]), ...c.cells.map(longestToken), 2)) + padChars)
  if (sum(minimum) >= totalChars) {
    const widths = minimum.map((m) => (m * totalChars) / sum(minimum))
    return { widths, rowLines: rowLinesAt(widths) }
  }
  function rowLinesAt(widths: readonly number[]): number[] {
    return Array.from({ length: rows }, (_v, r) => Math.max(1, ...cellWidths.map((cells, i) => linesIn(cells[r] ?? [0], widths[i]! - padChars))))
  }
  const widths = [...minimum]
  const linesAt = (i: number, width: number) => cellWidths[i]!.map((cell) => linesIn(cell, width - padChars))
  // lines[i][r]: the lines of column i's cell in row r, at the column's current width.
  const lines = columns.map((_c, i) => linesAt(i, widths[i]!))
  for (;;) {
    const spare = totalChars - sum(widths)
    // A row's height is its tallest cell; counted as a smooth maximum (the 4-norm of its cells' lines), so that
    // shortening one of two equally tall cells counts too, and the tallest cells most.
    const power = Array.from({ length: rows }, (_v, r) => sum(lines.map((col) => (col[r] ?? 1) ** 4)))
    let best: { column: number; to: number; gain: number } | null = null
    columns.forEach((c, i) => {
      if (c.nowrap) return
      // The nearest widths at which one of the column's cells takes a line fewer.
      const steps = new Set<number>()
      for (const cell of cellWidths[i]!) {
        for (const w of cell) {
          const per = Math.max(1, Math.ceil(w / (widths[i]! - padChars) - 1e-9))
          if (per > 1) steps.add(w / (per - 1) + padChars)
        }
      }
      const nearest = [...steps].filter((to) => to - widths[i]! <= spare + 1e-9).sort((a, b) => a - b).slice(0, NEAREST_STEPS)
      for (const to of nearest) {
        const trial = linesAt(i, to)
        let saved = 0
        for (let r = 0; r < rows; r++) {
          const before = power[r]!
          const after = before - (lines[i]![r] ?? 1) ** 4 + (trial[r] ?? 1) ** 4
          saved += before ** 0.25 - after ** 0.25
        }
        const gain = saved / (to - widths[i]!)
        if (saved > 1e-9 && (best === null || gain > best.gain)) best = { column: i, to, gain }
      }
    })
    if (best === null) break
    const chosen: { column: number; to: number } = best
    widths[chosen.column] = chosen.to
    lines[chosen.column] = linesAt(chosen.column, chosen.to)
  }
  // Room no step could use: to the text columns by share (a nowrap column needs none).
  const spare = totalChars - sum(widths)
  const shares = columns.map((c) => (c.nowrap ? 0 : (c.share ?? 1)))
  const total = sum(shares)
  const final = widths.map((w, i) => (total ? w + (spare * shares[i]!) / total : w + spare / widths.length))
  return { widths: final, rowLines: rowLinesAt(final) }
}
