import writeXlsxFile from 'write-excel-file/node'
import type { HandlerMap } from '../handler'
import { issueSeizureInventory } from '../documents/issue'
import { getSeizure } from './repository'
import { todayOf } from '../clock'
import { SEIZURE_KINDS, seizureStatusLabel } from '../../../shared/domain/seizures'
import type { SeizureRow } from '../../../shared/api/seizure-types'
import { listSeizures } from './list'
import { ITEM_HEADER, ITEM_WIDTHS, itemSheetRows } from './export-items'

// The filtered register as an .xlsx workbook — the records in the list's order, dates as Excel dates, and a
// second sheet with every item line — and the 清单 document of one seizure.

type Ops = 'seizures.export' | 'seizures.inventory'

const HEADER = ['登记号', '措施种类', '决定书文号', '决定日期', '当事人', '承办单位', '执法人员', '物品', '行数', '货值（元）', '状态', '期限届满日', '剩余天数', '作废']
const WIDTHS = [11, 12, 26, 12, 30, 20, 18, 36, 6, 14, 10, 12, 9, 6]

/** 'YYYY-MM-DD' as a real Excel date (sortable and filterable there), shown the same way. */
const excelDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return { value: new Date(Date.UTC(y, m - 1, d)), type: Date, format: 'yyyy-mm-dd' }
}

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
    // Money as a number with two decimals, so Excel can sum the column.
    { value: r.valueFen / 100, type: Number, format: '#,##0.00' },
    { value: seizureStatusLabel(r.status, r.kind) },
    r.termEnd ? excelDate(r.termEnd) : { value: '暂停计时' },
    // Days left matter only while goods are held.
    r.daysLeft === null || r.voided || r.status === 'disposed' ? { value: '' } : { value: r.daysLeft, type: Number },
    { value: r.voided ? '已作废' : '' },
  ]
}

export const exportHandlers: HandlerMap<Ops> = {
  'seizures.export': async (input, ctx) => {
    const day = todayOf(ctx)
    // The list's own query and order (whatever the clerk sorted by), every row of it.
    const { rows } = await listSeizures(ctx.trx, { ...input, page: 1, pageSize: Number.MAX_SAFE_INTEGER }, day)
    const bold = (value: string) => ({ value, fontWeight: 'bold' as const })
    const items = await itemSheetRows(ctx.trx, rows)
    const bytes = await writeXlsxFile([
      { sheet: '查扣登记', data: [HEADER.map(bold), ...rows.map(sheetRow)], columns: WIDTHS.map((width) => ({ width })), stickyRowsCount: 1 },
      { sheet: '物品明细', data: [ITEM_HEADER.map(bold), ...items], columns: ITEM_WIDTHS.map((width) => ({ width })), stickyRowsCount: 1 },
    ]).toBuffer()
    return { fileName: `查扣登记_${day}.xlsx`, base64: bytes.toString('base64'), rows: rows.length }
  },
  'seizures.inventory': async ({ id, date }, ctx) => {
    const seizure = await getSeizure(ctx.trx, id, todayOf(ctx))
    const issued = await issueSeizureInventory(ctx, seizure, date)
    // The record's own 修改记录 shows that its list was issued, and which archived file it was.
    await ctx.audit({ action: 'generate', recordType: 'seizure', recordId: id, changes: { inventory: [null, issued.fileName] }, note: `存档编号 ${issued.archiveId}` })
    return issued
  },
}
