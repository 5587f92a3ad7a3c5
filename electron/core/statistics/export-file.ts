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

function cellsOf(v: number, unit: StatColumn['unit']): Cell[] {
  if (unit === 'fen') return [yuanCell(v), wan(v)]
  if (unit === 'g') return [kg(v)]
  return [num(v)]
}
const headsOf = (c: StatColumn): string[] => (c.unit === 'fen' ? [`${c.label}（元）`, `${c.label}（万元）`] : c.unit === 'g' ? [`${c.label}（千克）`] : c.unit === 'days' ? [`${c.label}（天）`] : [`${c.label}（${c.word}）`])

function sectionSheet(r: StatReport, s: StatSection) {
  const data: Cell[][] = [
    [{ value: `${s.title}统计（${periodText(r.period)}，${r.unit || '全局'}）`, fontWeight: 'bold' }],
    [textCell(s.basis)],
    [],
    headerRow(['项目', '数值', '万元', '上年同期', '同比']),
  ]
  for (const f of s.figures) {
    const unitWord = f.unit === 'fen' ? '元' : f.unit === 'g' ? '千克' : f.unit === 'days' ? '天' : f.word
    const value = f.unit === 'fen' ? yuanCell(f.value) : f.unit === 'g' ? kg(f.value) : num(f.value)
    const before = f.previous === null ? textCell('') : f.unit === 'fen' ? yuanCell(f.previous) : f.unit === 'g' ? kg(f.previous) : num(f.previous)
    data.push([textCell(`${f.label}（${unitWord}）`), value, f.unit === 'fen' ? wan(f.value) : textCell(''), before, textCell(statChange(f.value, f.previous, f.unit, f.word))])
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
