import writeXlsxFile from 'write-excel-file/node'
import type { StatColumn, StatReport, StatSection } from '../../../shared/api/stat-types'
import { periodText } from '../../../shared/rules/stat-periods'
import { statChange } from '../../../shared/rules/stat-format'
import { wanYuan } from '../../../shared/rules/office-numbers'
import { headerRow, textCell, yuanCell, type Cell } from '../read-worker/xlsx-cells'

// 统计 as one workbook, a sheet per section: its figures (with 上年同期 and 同比), then every table under its title.
// Numbers are numbers (元 with two decimals, 万元 beside them, kg), so the office can sum and chart them in Excel.

const num = (v: number): Cell => ({ value: v, type: Number })
const kg = (g: number): Cell => ({ value: g / 1000, type: Number, format: '#,##0.###' })
const wan = (fen: number): Cell => ({ value: Number(wanYuan(fen)), type: Number, format: '#,##0.00' })

/** A figure in its unit: 元 (two decimals), 千克, or a plain number. */
const cellOf = (v: number, unit: StatColumn['unit']): Cell => (unit === 'fen' ? yuanCell(v) : unit === 'g' ? kg(v) : num(v))
/** A table's cells for one value: money gets its 万元 beside it. */
const cellsOf = (v: number, unit: StatColumn['unit']): Cell[] => (unit === 'fen' ? [cellOf(v, unit), wan(v)] : [cellOf(v, unit)])
/** What a column or figure counts in, as its heading says it. */
const unitWord = (c: Pick<StatColumn, 'unit' | 'word'>) => (c.unit === 'fen' ? '元' : c.unit === 'g' ? '千克' : c.unit === 'days' ? '天' : c.word)
const headsOf = (c: StatColumn): string[] => [`${c.label}（${unitWord(c)}）`, ...(c.unit === 'fen' ? [`${c.label}（万元）`] : [])]

function sectionSheet(r: StatReport, s: StatSection) {
  const data: Cell[][] = [
    [{ value: `${s.title}统计（${periodText(r.period)}，${r.unit || '全局'}）`, fontWeight: 'bold' }],
    [textCell(s.basis)],
    [],
    headerRow(['项目', '数值', '万元', '上年同期', '同比']),
  ]
  for (const f of s.figures) {
    const before = f.previous === null ? textCell('') : cellOf(f.previous, f.unit)
    data.push([textCell(`${f.label}（${unitWord(f)}）`), cellOf(f.value, f.unit), f.unit === 'fen' ? wan(f.value) : textCell(''), before, textCell(statChange(f.value, f.previous, f.unit, f.word))])
  }
  for (const t of s.tables) {
    const month = t.chart === 'month'
    data.push([], [{ value: t.title, fontWeight: 'bold' }], headerRow(['', ...t.columns.flatMap(headsOf), ...(month && t.rows.some((x) => x.previous !== null) ? ['上年同月'] : [])]))
    for (const x of t.rows) data.push([textCell(x.label), ...x.values.flatMap((v, i) => cellsOf(v, t.columns[i]!.unit)), ...(month && x.previous !== null ? [num(x.previous)] : [])])
  }
  return { sheet: s.title, data, columns: [{ width: 34 }, ...Array.from({ length: 8 }, () => ({ width: 16 }))] }
}

export async function statWorkbook(r: StatReport): Promise<{ fileName: string; base64: string; sheets: number }> {
  const sheets = r.sections.map((s) => sectionSheet(r, s))
  const bytes = await writeXlsxFile(sheets).toBuffer()
  return { fileName: `统计_${periodText(r.period)}${r.unit ? `_${r.unit}` : ''}.xlsx`, base64: bytes.toString('base64'), sheets: sheets.length }
}
