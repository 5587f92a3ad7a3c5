import type { Kysely } from 'kysely'
import writeXlsxFile from 'write-excel-file/node'
import { STATION_FORMATS, STATION_STATUSES, stationFieldLabel, type StationSheetField, type StationStatus } from '../../../shared/domain/stations'
import type { StationFacts } from '../../../shared/api/station-types'
import type { Database } from '../db/schema'
import { dateOrEmpty, headerRow, textCell, type Cell } from '../read-worker/xlsx-cells'
import { factsOf, stationSettings, unitPlace } from './repository'
import { stationQuery, type StationListFilter } from './list'

// The filtered stations as an .xlsx in the very columns the import reads (the first header of each field in
// STATION_SHEET_FIELDS), so a 所 can fill the sheet in and send it back. The import's error sheet uses it too.

type Db = Kysely<Database>

export const SHEET_LAYOUT: [StationSheetField, number][] = [
  ['stationNo', 13], ['name', 28], ['hostName', 28], ['hostCreditCode', 21], ['format', 9], ['address', 34], ['unit', 16], ['head', 9],
  ['phone', 15], ['staffFull', 8], ['staffPart', 8], ['odr', 8], ['odrSince', 12], ['noReasonReturns', 10], ['returnsSince', 12],
  ['setUpOn', 12], ['plaqueOn', 12], ['status', 7], ['notes', 24],
]

const yesNo = (b: boolean) => textCell(b ? '是' : '否')

/** One station's cells in SHEET_LAYOUT's order. */
export function stationCells(stationNo: string, f: StationFacts, status: StationStatus): Cell[] {
  const cells: Record<StationSheetField, Cell> = {
    stationNo: textCell(stationNo),
    name: textCell(f.name),
    hostName: textCell(f.hostName),
    hostCreditCode: textCell(f.hostCreditCode),
    format: textCell(STATION_FORMATS[f.format]),
    address: textCell(f.address),
    unit: textCell(f.unit),
    head: textCell(f.head),
    phone: textCell(f.phone),
    staffFull: { value: f.staffFull, type: Number },
    staffPart: { value: f.staffPart, type: Number },
    odr: yesNo(f.odr),
    odrSince: dateOrEmpty(f.odrSince),
    noReasonReturns: yesNo(f.noReasonReturns),
    returnsSince: dateOrEmpty(f.returnsSince),
    setUpOn: dateOrEmpty(f.setUpOn),
    plaqueOn: dateOrEmpty(f.plaqueOn),
    status: textCell(STATION_STATUSES[status]),
    notes: textCell(f.notes),
  }
  return SHEET_LAYOUT.map(([k]) => cells[k])
}

export const sheetHeader = (extra: string[] = []) => headerRow([...SHEET_LAYOUT.map(([k]) => stationFieldLabel(k)), ...extra])
export const sheetColumns = (extra: number[] = []) => [...SHEET_LAYOUT.map(([, width]) => ({ width })), ...extra.map((width) => ({ width }))]

export async function exportStationsFile(db: Db, input: StationListFilter, day: string) {
  const { q } = stationQuery(db, input, day)
  const { units } = await stationSettings(db)
  // In the office's order of 所 (设置 → 服务站), then by number; a 所 no longer listed last.
  const place = unitPlace(units)
  const rows = (await q.selectAll('s').orderBy('s.reg_year').orderBy('s.reg_seq').execute()).sort((a, b) => place(a.unit) - place(b.unit))
  const bytes = await writeXlsxFile([
    { sheet: '消费维权服务站', data: [sheetHeader(), ...rows.map((r) => stationCells(r.station_no, factsOf(r), r.status as StationStatus))], columns: sheetColumns(), stickyRowsCount: 1 },
  ]).toBuffer()
  return { fileName: `消费维权服务站_${day}.xlsx`, base64: bytes.toString('base64'), rows: rows.length }
}
