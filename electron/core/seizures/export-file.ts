import type { Kysely } from 'kysely'
import writeXlsxFile from 'write-excel-file/node'
import type { OpParsed } from '../../../shared/api'
import type { Database } from '../db/schema'
import { SEIZURE_KINDS, seizureStatusLabel } from '../../../shared/domain/seizures'
import type { SeizureRow } from '../../../shared/api/seizure-types'
import { listSeizures } from './list'
import { ITEM_HEADER, ITEM_WIDTHS, itemSheetRows } from './export-items'
import { excelDate, headerRow, yuanCell } from '../read-worker/xlsx-cells'

// The filtered register as an .xlsx workbook — the records in the list's order, dates as Excel dates, and a
// second sheet with every item line. Runs in the read worker (read-worker/tasks.ts).

const HEADER = ['登记号', '措施种类', '决定书文号', '决定日期', '当事人', '承办单位', '执法人员', '物品', '行数', '货值（元）', '状态', '期限届满日', '剩余天数', '作废']
const WIDTHS = [11, 12, 26, 12, 30, 20, 18, 36, 6, 14, 10, 12, 9, 6]


function sheetRow(r: SeizureRow) {
  return [
    { value: r.registerNo },
    { value: SEIZURE_KINDS[r.kind] },
    { value: r.decisionNo },
    excelDate(r.decisionDate),
    { value: r.partyName },
    { value: r.unit },
    { value: r.officers },
    { value: r.itemSummary },
    { value: r.lines, type: Number },
    yuanCell(r.valueFen),
    { value: seizureStatusLabel(r.status, r.kind) },
    r.termEnd ? excelDate(r.termEnd) : { value: '暂停计时' },
    // Days left matter only while goods are held.
    r.daysLeft === null || r.voided || r.status === 'disposed' ? { value: '' } : { value: r.daysLeft, type: Number },
    { value: r.voided ? '已作废' : '' },
  ]
}

/** Every record the list's filter and sort give (not only a page), with a sheet of their item lines. */
export async function exportSeizuresFile(db: Kysely<Database>, input: OpParsed<'seizures.export'>, day: string) {
  const { rows } = await listSeizures(db, { ...input, page: 1, pageSize: Number.MAX_SAFE_INTEGER }, day)
  const items = await itemSheetRows(db, rows)
  const bytes = await writeXlsxFile([
    { sheet: '查扣登记', data: [headerRow(HEADER), ...rows.map(sheetRow)], columns: WIDTHS.map((width) => ({ width })), stickyRowsCount: 1 },
    { sheet: '物品明细', data: [headerRow(ITEM_HEADER), ...items], columns: ITEM_WIDTHS.map((width) => ({ width })), stickyRowsCount: 1 },
  ]).toBuffer()
  return { fileName: `查扣登记_${day}.xlsx`, base64: bytes.toString('base64'), rows: rows.length }
}
