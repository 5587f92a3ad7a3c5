import writeXlsxFile from 'write-excel-file/node'
import type { HandlerMap } from '../handler'
import { issueSeizureInventory } from '../documents/issue'
import { getSeizure } from './repository'
import { todayOf } from '../clock'
import { SEIZURE_KINDS, SEIZURE_STATUSES } from '../../../shared/domain/seizures'
import type { SeizureRow } from '../../../shared/api/seizure-types'
import { rowsQuery, toRow } from './list'

// The filtered register as an .xlsx sheet, and the 清单 document of one seizure.

type Ops = 'seizures.export' | 'seizures.inventory'

const HEADER = ['登记号', '措施种类', '决定书文号', '决定日期', '当事人', '承办单位', '执法人员', '物品', '行数', '货值（元）', '状态', '期限届满日', '剩余天数', '作废']
const WIDTHS = [11, 12, 26, 12, 30, 20, 18, 36, 6, 14, 10, 12, 9, 6]

function sheetRow(r: SeizureRow) {
  return [
    { value: r.registerNo },
    { value: SEIZURE_KINDS[r.kind] },
    { value: r.decisionNo },
    { value: r.decisionDate },
    { value: r.partyName },
    { value: r.unit },
    { value: r.officers },
    { value: r.itemSummary },
    { value: r.lines, type: Number },
    // Money as a number with two decimals, so Excel can sum the column.
    { value: r.valueFen / 100, type: Number, format: '#,##0.00' },
    { value: SEIZURE_STATUSES[r.status] },
    { value: r.termEnd ?? '暂停计时' },
    // Days left matter only while goods are held.
    r.daysLeft === null || r.voided || r.status === 'disposed' ? { value: '' } : { value: r.daysLeft, type: Number },
    { value: r.voided ? '已作废' : '' },
  ]
}

export const exportHandlers: HandlerMap<Ops> = {
  'seizures.export': async (input, ctx) => {
    const day = todayOf(ctx)
    const rows = (await rowsQuery(ctx.trx, input, day).orderBy('s.register_year').orderBy('s.register_seq').execute()).map((r) => toRow(r, day))
    const header = HEADER.map((value) => ({ value, fontWeight: 'bold' as const }))
    const bytes = await writeXlsxFile([header, ...rows.map(sheetRow)], { sheet: '查扣登记', columns: WIDTHS.map((width) => ({ width })), stickyRowsCount: 1 }).toBuffer()
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
