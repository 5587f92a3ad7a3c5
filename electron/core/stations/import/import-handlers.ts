import type { Transaction } from 'kysely'
import writeXlsxFile from 'write-excel-file/node'
import type { HandlerMap } from '../../handler'
import { actor } from '../../handler'
import { AppError } from '../../errors'
import { createdFields } from '../../audit/write'
import { todayOf } from '../../clock'
import type { Database } from '../../db/schema'
import { textCell, type Cell } from '../../read-worker/xlsx-cells'
import { SHEET_LAYOUT, sheetColumns, sheetHeader } from '../export-file'
import { stationSettings } from '../repository'
import { insertStation } from '../write'
import { cellText, checkSheet, findHeaderRow, mapColumns, type CheckedRow, type KnownStations } from './check-rows'
import { readGrid } from './read-sheet'

// 导入: the sheet read and checked (nothing written), then imported — every row that passed (and those whose
// warning the user accepted) in one transaction, or in strict mode nothing unless all passed. Stations already
// registered are reported, never doubled, so importing the same file again adds nothing. The rows left out come
// back as an .xlsx with the reason beside each; the column mapping is remembered for the next sheet.

type Ops = 'stations.import.check' | 'stations.import.commit'
type Trx = Transaction<Database>

async function knownStations(trx: Trx): Promise<KnownStations> {
  const rows = await trx.selectFrom('stations').select(['station_no', 'name', 'address', 'host_credit_code']).where('voided_at', 'is', null).execute()
  const known: KnownStations = { byCode: new Map(), byNameAddress: new Map(), byNo: new Set() }
  for (const r of rows) {
    if (r.host_credit_code) known.byCode.set(r.host_credit_code, r.station_no)
    known.byNameAddress.set(`${r.name}\n${r.address}`, r.station_no)
    known.byNo.add(r.station_no)
  }
  return known
}

async function checked(trx: Trx, input: { fileName: string; base64: string; mapping: Parameters<typeof mapColumns>[1] }) {
  const grid = await readGrid(input.fileName, Buffer.from(input.base64, 'base64'))
  const settings = await stationSettings(trx)
  const { row: headerRow } = findHeaderRow(grid, settings.importMapping)
  const headers = (grid[headerRow] ?? []).map(cellText)
  const columns = mapColumns(headers, input.mapping, settings.importMapping)
  return { ...checkSheet(input.fileName, grid, columns, headerRow, settings.units, await knownStations(trx)), settings }
}

const reasonOf = (r: CheckedRow, accepted: boolean) =>
  r.issues
    .filter((i) => i.level === 'error' || !accepted)
    .map((i) => (i.header ? `${i.column ?? ''}列（${i.header}）：${i.message}` : i.message))
    .join('；')

async function errorSheet(fileName: string, rows: { row: CheckedRow; reason: string }[]): Promise<{ fileName: string; base64: string } | null> {
  if (rows.length === 0) return null
  const data: Cell[][] = [sheetHeader(['原行号', '未导入原因']), ...rows.map(({ row, reason }) => [...SHEET_LAYOUT.map(([f]) => textCell(row.raw[f] ?? '')), { value: row.rowNo, type: Number }, textCell(reason)])]
  const bytes = await writeXlsxFile([{ sheet: '未导入的行', data, columns: sheetColumns([8, 60]), stickyRowsCount: 1 }]).toBuffer()
  return { fileName: `${fileName.replace(/\.(xlsx|csv)$/i, '')}_未导入的行.xlsx`, base64: bytes.toString('base64') }
}

export const stationImportHandlers: HandlerMap<Ops> = {
  'stations.import.check': async (input, ctx) => (await checked(ctx.trx, input)).preview,

  'stations.import.commit': async (input, ctx) => {
    const { rows, preview, settings } = await checked(ctx.trx, input)
    if (preview.problem) throw new AppError('VALIDATION', preview.problem, { mapping: preview.problem })
    const acceptedRow = (r: CheckedRow) => input.acceptWarnings === 'all' || input.acceptWarnings.includes(r.rowNo)
    const take = rows.filter((r) => r.outcome === 'new' || (r.outcome === 'warning' && acceptedRow(r)))
    const left = rows.filter((r) => r.outcome === 'invalid' || (r.outcome === 'warning' && !acceptedRow(r))).map((row) => ({ row, reason: reasonOf(row, acceptedRow(row)) }))
    if (input.strict && left.length > 0) throw new AppError('VALIDATION', `严格模式：有 ${left.length} 行未通过检查（首个：第${left[0]!.row.rowNo}行 ${left[0]!.reason}），未导入任何数据`)
    const by = actor(ctx).id
    const today = todayOf(ctx)
    const audits = []
    for (const r of take) {
      const { id, stationNo } = await insertStation(ctx.trx, r.facts!, r.status, ctx.at, today, by)
      audits.push({ action: 'create' as const, recordType: 'station' as const, recordId: id, changes: createdFields({ stationNo, ...r.facts!, status: r.status }), note: `导入自“${input.fileName}”第${r.rowNo}行` })
    }
    if (audits.length > 0) await ctx.audit(audits)
    // The mapping as used, by header text, for the office's next sheet of the same shape.
    const remembered = { ...settings.importMapping }
    for (const c of preview.columns) if (c.header) remembered[c.header] = c.field ?? ''
    const mapping = Object.fromEntries(Object.entries(remembered).filter(([, f]) => f !== ''))
    if (JSON.stringify(mapping) !== JSON.stringify(settings.importMapping)) await ctx.trx.updateTable('station_settings').set({ import_mapping: JSON.stringify(mapping) }).where('id', '=', 'default').execute()
    if (take.length > 0) await ctx.audit({ action: 'import', recordType: 'station_settings', recordId: null, changes: {}, note: `导入“${input.fileName}”：新增 ${take.length} 个，已有 ${preview.counts.existing} 个，未导入 ${left.length} 行` })
    return { added: take.length, existing: preview.counts.existing, failed: left.length, errorSheet: await errorSheet(input.fileName, left) }
  },
}
