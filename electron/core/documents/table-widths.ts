import { textWidthInChars } from '../../../shared/rules/text-width'

// Column widths from what the columns hold, so the table is as short as its text allows. Every column starts
// at its narrowest sensible width: its header's longest line and its longest number or Latin word (never
// broken), and a `nowrap` column (numbers, 序号, units) as wide as its widest cell. Lines are counted as a
// reader wraps them: whole characters and whole Latin words to a line, with the gap LibreOffice puts where
// Chinese meets digits (a column 2.6 characters wide holds two Chinese characters, not 2.6). Then the room left is
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
/**
 * Room a reader may put where Chinese meets digits or Latin text: LibreOffice always adds about a quarter
 * character there (Word does not, with autoSpace off). Counted so a cell fits in both.
 */
const SCRIPT_GAP = 0.25

const longestToken = (text: string): number => Math.max(0, ...[...text.matchAll(UNBREAKABLE)].map((m) => textWidthInChars(m[0])))
const linesOf = (text: string) => text.split('\n')
const widest = (texts: readonly string[]) => Math.max(0, ...texts.flatMap(linesOf).map(textWidthInChars))
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
/** Candidate widths tried per column and step: the nearest few thresholds are where lines are saved cheaply. */
const NEAREST_STEPS = 6

/**
 * A line of text as the pieces a reader wraps between: each Chinese character, each run of digits and Latin
 * letters whole (a blank is a piece of its own), with the gap a reader may add where the scripts meet.
 */
function piecesOf(line: string): number[] {
  const pieces: number[] = []
  let ascii = false
  for (const part of line.match(/[\x21-\x7e]+|./gu) ?? []) {
    const isAscii = /^[\x21-\x7e]/.test(part)
    const gap = pieces.length > 0 && isAscii !== ascii && part !== ' ' ? SCRIPT_GAP : 0
    pieces.push(textWidthInChars(part) + gap)
    ascii = isAscii
  }
  return pieces
}

/** Lines one line of text takes in `room` characters, wrapped between pieces as a reader does (never inside one). */
function wrapCount(pieces: readonly number[], room: number): number {
  let lines = 1
  let used = 0
  for (const w of pieces) {
    if (used > 0 && used + w > room + 1e-9) {
      lines++
      used = 0
    }
    used += w
  }
  return lines
}

/** A cell as its lines' pieces. */
type Cell = number[][]
const linesIn = (cell: Cell, room: number) => sum(cell.map((pieces) => wrapCount(pieces, room)))

/** The least room in which the cell takes `target` lines or fewer (found to a hundredth of a character). */
function roomFor(cell: Cell, target: number, from: number, to: number): number | null {
  if (linesIn(cell, to) > target) return null
  let [lo, hi] = [from, to]
  while (hi - lo > 0.01) {
    const mid = (lo + hi) / 2
    if (linesIn(cell, mid) <= target) hi = mid
    else lo = mid
  }
  return hi
}

/**
 * Widths in characters of the table's text size, summing to `totalChars`. `padChars` is what a cell's side
 * margins take; a nowrap column gets `slackChars` more, for readers whose fonts run wider than the estimate
 * (a wrapping column would only wrap a little sooner). Also returns each row's height in lines.
 */
export function contentWidths(columns: readonly ColumnContent[], totalChars: number, padChars: number, slackChars = 0.4): { widths: number[]; rowLines: number[] } {
  const rows = Math.max(0, ...columns.map((c) => c.cells.length))
  // Per cell, its lines as the pieces wrapping happens between.
  const cellPieces: Cell[][] = columns.map((c) => c.cells.map((t) => linesOf(t).map(piecesOf)))
  const minimum = columns.map((c) => (c.nowrap ? Math.max(widest([c.head]), widest(c.cells)) + slackChars : Math.max(widest([c.head]), ...c.cells.map(longestToken), 2)) + padChars)
  if (sum(minimum) >= totalChars) {
    const widths = minimum.map((m) => (m * totalChars) / sum(minimum))
    return { widths, rowLines: rowLinesAt(widths) }
  }
  function rowLinesAt(widths: readonly number[]): number[] {
    return Array.from({ length: rows }, (_v, r) => Math.max(1, ...cellPieces.map((cells, i) => linesIn(cells[r] ?? [], widths[i]! - padChars))))
  }
  const widths = [...minimum]
  const linesAt = (i: number, width: number) => cellPieces[i]!.map((cell) => linesIn(cell, width - padChars))
  // Per column, the widths at which one of its cells takes a line fewer; found again only when the column widens.
  const stepsAt = (i: number): number[] => {
    const room = widths[i]! - padChars
    const limit = totalChars - padChars
    const steps = new Set<number>()
    cellPieces[i]!.forEach((cell, r) => {
      const now = lines[i]![r] ?? 1
      const to = now > cell.length ? roomFor(cell, now - 1, room, limit) : null
      if (to !== null) steps.add(Math.round((to + padChars) * 100) / 100)
    })
    return [...steps].sort((a, b) => a - b)
  }
  // lines[i][r]: the lines of column i's cell in row r, at the column's current width.
  const lines = columns.map((_c, i) => linesAt(i, widths[i]!))
  const steps = columns.map((c, i) => (c.nowrap ? [] : stepsAt(i)))
  for (;;) {
    const spare = totalChars - sum(widths)
    // A row's height is its tallest cell; counted as a smooth maximum (the 4-norm of its cells' lines), so that
    // shortening one of two equally tall cells counts too, and the tallest cells most.
    const power = Array.from({ length: rows }, (_v, r) => sum(lines.map((col) => (col[r] ?? 1) ** 4)))
    let best: { column: number; to: number; gain: number } | null = null
    columns.forEach((c, i) => {
      if (c.nowrap) return
      // The nearest widths at which one of the column's cells takes a line fewer.
      const nearest = steps[i]!.filter((to) => to > widths[i]! && to - widths[i]! <= spare + 1e-9).slice(0, NEAREST_STEPS)
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
    steps[chosen.column] = stepsAt(chosen.column)
  }
  // Room no step could use: to the text columns by share (a nowrap column needs none).
  const spare = totalChars - sum(widths)
  const shares = columns.map((c) => (c.nowrap ? 0 : (c.share ?? 1)))
  const total = sum(shares)
  const final = widths.map((w, i) => (total ? w + (spare * shares[i]!) / total : w + spare / widths.length))
  return { widths: final, rowLines: rowLinesAt(final) }
}
