import { describe, expect, it } from 'vitest'
import { contentWidths } from '../../../electron/core/documents/table-widths'
import { formatKg, formatQty } from '../../../shared/rules/decimal'
import { textWidthInChars } from '../../../shared/rules/text-width'
import { manyLines } from './seizure-record'

// Column widths are chosen from the lines each cell will take; those lines must be counted as a reader wraps
// them — whole characters to a line — or a note the layout counted on two lines prints on three.

const PAD = 160 / 240
const TOTAL = (156 * 1440) / 25.4 / 240 // 小四 characters across the type area

/** Lines a Chinese text takes in `room` characters: whole characters to a line. */
const cjkLines = (text: string, room: number) => Math.ceil([...text].length / Math.floor(room + 1e-9))

describe('column widths from content', () => {
  // The 36-line 清单 of the render tests, its columns as the 清单 sets them.
  const lines = manyLines(36)
  const notes = lines.map((l) => l.note)
  const names = lines.map((l) => l.name)
  const { widths, rowLines } = contentWidths(
    [
      { head: '序号', nowrap: true, cells: lines.map((l) => String(l.lineNo)) },
      { head: '品名', share: 2, cells: names },
      { head: '品牌\n（商标）', cells: lines.map((l) => l.brand) },
      { head: '规格\n型号', cells: lines.map((l) => l.spec) },
      { head: '数量', nowrap: true, cells: lines.map((l) => formatQty(l.qtyMilli)) },
      { head: '单位', nowrap: true, cells: lines.map((l) => l.unit) },
      { head: '重量\n（千克）', nowrap: true, cells: lines.map((l) => (l.weightG === null ? '' : formatKg(l.weightG))) },
      { head: '备注', cells: notes },
    ],
    TOTAL,
    PAD,
  )

  it('counts a note\'s lines in whole characters: the rows it was given hold it', () => {
    const room = widths[7]! - PAD
    notes.forEach((note, r) => {
      if (note) expect(cjkLines(note, room), `row ${r + 1}: ${room.toFixed(2)} characters wide`).toBeLessThanOrEqual(rowLines[r]!)
    })
  })

  it('leaves room for the gap LibreOffice puts between Chinese and a digit, so "规格1" stays on one line', () => {
    expect(widths[3]! - PAD).toBeGreaterThanOrEqual(textWidthInChars('规格1') + 0.25)
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(TOTAL, 6)
  })
})
