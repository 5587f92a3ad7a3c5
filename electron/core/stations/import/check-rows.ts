import type { ImportColumn, ImportIssue, ImportOutcome, ImportPreview, ImportRow } from '../../../../shared/api/station-import-types'
import type { StationFacts } from '../../../../shared/api/station-types'
import { stationFacts } from '../../../../shared/api/stations'
import { CREDIT_CODE_UNVERIFIED } from '../../../../shared/api/party'
import { STATION_FORMATS, STATION_SHEET_FIELD_KEYS, STATION_SHEET_FIELDS, STATION_STATUSES, stationFieldLabel, type StationFormat, type StationSheetField } from '../../../../shared/domain/stations'
import { parseDateText } from '../../../../shared/rules/date-text'
import { normalizeCreditCode } from '../../../../shared/rules/credit-code'
import { AppError } from '../../errors'
import type { Grid, SheetCell } from './read-sheet'

// A station sheet checked row by row, before anything is written: the header row found (even below a merged
// title), columns mapped to fields by their Chinese headers (or as the user set them), and each row read through
// the same rules as the form (shared/api/stations.ts) with a message per column — plus what only a sheet can
// get wrong: unreadable dates and yes/no, an unknown 业态 or 所, a row repeated in the file, a station already
// registered.

/** Where a sheet's stations would collide with those registered: by credit code, by name and address, by number. */
export interface KnownStations {
  byCode: Map<string, string>
  byNameAddress: Map<string, string>
  byNo: Set<string>
}

export interface CheckedRow extends ImportRow {
  /** What would be written, when the row is new (or only warned about). */
  facts: StationFacts | null
  status: 'preparing' | 'active'
  /** The mapped cells as read, for the error sheet. */
  raw: Partial<Record<StationSheetField, string>>
}

const HEADER_SCAN = 20
export const NO_NAME_COLUMN = '没有找到“服务站名称”列：请在下方为各列选择对应的字段（至少指定服务站名称）'
const norm = (s: string) => s.replace(/[\s（）()*：:、]/g, '').replace(/^是否/, '').toUpperCase()
const HEADER_INDEX = new Map<string, StationSheetField>(STATION_SHEET_FIELD_KEYS.flatMap((f) => STATION_SHEET_FIELDS[f].map((h) => [norm(h), f] as const)))

export const columnLetter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : columnLetter(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)))

const isoOf = (d: Date) => d.toISOString().slice(0, 10)

/** A cell as text: a date as YYYY-MM-DD, a number as written. */
export function cellText(c: SheetCell): string {
  if (c === null || c === undefined) return ''
  if (c instanceof Date) return isoOf(c)
  if (typeof c === 'boolean') return c ? '是' : '否'
  return String(c).trim()
}

/**
 * The row of the first HEADER_SCAN with the most cells naming a field (by the known headers or those the office
 * mapped before), at least two; else the first row with anything in it, for the user to map by hand.
 */
export function findHeaderRow(grid: Grid, remembered: Record<string, string>): { row: number; found: boolean } {
  let best = -1
  let bestHits = 1
  grid.slice(0, HEADER_SCAN).forEach((row, i) => {
    const hits = new Set(row.map((c) => HEADER_INDEX.get(norm(cellText(c))) ?? remembered[cellText(c)]).filter(Boolean)).size
    if (hits > bestHits) [best, bestHits] = [i, hits]
  })
  if (best >= 0) return { row: best, found: true }
  const first = grid.findIndex((r) => r.some((c) => cellText(c) !== ''))
  if (first < 0) throw new AppError('VALIDATION', '表格是空的：没有任何内容')
  return { row: first, found: false }
}

/** Each column's field: as the user chose, else as remembered for its header, else by the header's words. */
export function mapColumns(headers: string[], chosen: (StationSheetField | null)[] | null, remembered: Record<string, string>): ImportColumn[] {
  const taken = new Set<StationSheetField>()
  return headers.map((header, index) => {
    let field: StationSheetField | null
    if (chosen) field = chosen[index] ?? null
    else {
      const r = remembered[header]
      field = r && (STATION_SHEET_FIELD_KEYS as string[]).includes(r) ? (r as StationSheetField) : (HEADER_INDEX.get(norm(header)) ?? null)
      // Two columns for one field: the first wins; the user can change it.
      if (field && taken.has(field)) field = null
    }
    if (field) taken.add(field)
    return { index, letter: columnLetter(index), header, field }
  })
}

const FORMAT_BY_LABEL = new Map<string, StationFormat>(Object.entries(STATION_FORMATS).map(([k, v]) => [v, k as StationFormat]))
const YES = new Set(['是', 'Y', 'YES', '√', '✓', '有', '1', 'TRUE'])
const NO = new Set(['否', 'N', 'NO', '×', '无', '0', 'FALSE', '不是'])

/** An Excel serial day number (days since 1899-12-30) as a date, for date columns typed as plain numbers. */
const serialDate = (n: number) => isoOf(new Date(Date.UTC(1899, 11, 30) + Math.round(n) * 86_400_000))

export function checkSheet(fileName: string, grid: Grid, columns: ImportColumn[], headerRow: number, units: readonly string[], known: KnownStations): { preview: ImportPreview; rows: CheckedRow[] } {
  const byField = new Map(columns.filter((c) => c.field).map((c) => [c.field!, c]))
  const counts: Record<ImportOutcome, number> = { new: 0, warning: 0, existing: 0, invalid: 0 }
  // Without a name column no row can be read: the preview asks for the mapping instead.
  if (!byField.has('name')) return { preview: { fileName, headerRow: headerRow + 1, columns, rows: [], counts, problem: NO_NAME_COLUMN }, rows: [] }
  const seenCode = new Map<string, number>()
  const seenNameAddress = new Map<string, number>()
  const rows: CheckedRow[] = []
  for (let r = headerRow + 1; r < grid.length; r++) {
    const cells = grid[r] ?? []
    if (cells.every((c) => cellText(c) === '')) continue
    const rowNo = r + 1
    const issues: ImportIssue[] = []
    const raw: Partial<Record<StationSheetField, string>> = {}
    for (const [f, c] of byField) raw[f] = cellText(cells[c.index] ?? null)
    const issue = (f: StationSheetField | null, message: string, level: ImportIssue['level'] = 'error') => {
      const c = f ? byField.get(f) : undefined
      issues.push({ column: c?.letter ?? null, header: c?.header ?? (f ? stationFieldLabel(f) : null), message, level })
    }
    const text = (f: StationSheetField) => raw[f] ?? ''
    const date = (f: StationSheetField): string | null => {
      const c = cells[byField.get(f)?.index ?? -1] ?? null
      if (c instanceof Date) return isoOf(c)
      if (typeof c === 'number' && c > 20_000 && c < 80_000) return serialDate(c)
      if (text(f) === '') return null
      const p = parseDateText(text(f))
      if (p.ok) return p.date
      issue(f, `无法识别的日期“${text(f).slice(0, 20)}”：请写成 2021-03-05、2021/3/5、2021.3.5 或 2021年3月5日`)
      return null
    }
    const yesNo = (f: StationSheetField): boolean => {
      const v = text(f).toUpperCase()
      if (v === '' || NO.has(v)) return false
      if (YES.has(v)) return true
      issue(f, `“${text(f).slice(0, 10)}”应填“是”或“否”`)
      return false
    }
    const count = (f: StationSheetField): number => {
      const v = text(f)
      if (v === '') return 0
      if (/^\d{1,5}$/.test(v)) return Number(v)
      issue(f, `人数应为不小于0的整数，而不是“${v.slice(0, 10)}”`)
      return 0
    }
    let format: StationFormat = 'other'
    if (text('format') === '') issue('format', `请填写业态（${Object.values(STATION_FORMATS).join('、')}）`)
    else {
      const k = FORMAT_BY_LABEL.get(text('format'))
      if (k) format = k
      else issue('format', `未知的业态“${text('format').slice(0, 10)}”：应为${Object.values(STATION_FORMATS).join('、')}之一`)
    }
    const unit = text('unit')
    if (unit === '') issue('unit', '请填写监管所')
    else if (!units.includes(unit)) issue('unit', units.length === 0 ? '尚未设置监管所：请管理员先在“设置 → 服务站”中添加' : `未知的监管所“${unit.slice(0, 20)}”：应为${units.join('、')}之一（设置 → 服务站）`)
    let status: CheckedRow['status'] = 'active'
    const st = text('status')
    if (st === STATION_STATUSES.preparing) status = 'preparing'
    else if (st !== '' && st !== STATION_STATUSES.active) issue('status', st === STATION_STATUSES.rectifying || st === STATION_STATUSES.revoked ? `状态“${st}”不能导入：请以“在册”导入后，在服务站页面登记${st}（原因和日期）` : `未知的状态“${st.slice(0, 10)}”：应为筹建或在册`)

    const input = {
      name: text('name'),
      hostName: text('hostName'),
      hostCreditCode: text('hostCreditCode'),
      format,
      address: text('address'),
      unit: unit || '—',
      head: text('head'),
      phone: text('phone'),
      staffFull: count('staffFull'),
      staffPart: count('staffPart'),
      odr: yesNo('odr'),
      odrSince: date('odrSince'),
      noReasonReturns: yesNo('noReasonReturns'),
      returnsSince: date('returnsSince'),
      setUpOn: date('setUpOn'),
      plaqueOn: date('plaqueOn'),
      notes: text('notes'),
    }
    // The form's own rules; a credit code's check character is the one warning a row may be imported with.
    let parsed = stationFacts.safeParse(input)
    let warnedCode = false
    if (!parsed.success) {
      for (const zi of parsed.error.issues) {
        const f = String(zi.path[0] ?? '') as StationSheetField
        const unverified = f === 'hostCreditCode' && (zi as { params?: { reason?: string } }).params?.reason === CREDIT_CODE_UNVERIFIED
        if (unverified) {
          warnedCode = true
          issue('hostCreditCode', `${zi.message.split('。')[0]}。如核对无误，可确认后导入`, 'warning')
        } else issue((STATION_SHEET_FIELD_KEYS as string[]).includes(f) ? f : null, zi.message)
      }
      if (warnedCode) parsed = stationFacts.safeParse({ ...input, confirmUnverified: true })
    }
    // Against the file's earlier rows and the stations already registered.
    const code = normalizeCreditCode(text('hostCreditCode'))
    const nameKey = `${text('name')}\n${text('address')}`
    let existing: CheckedRow['existing'] = null
    const no = text('stationNo')
    if (no && known.byNo.has(no)) existing = { stationNo: no, by: '编号相同' }
    else if (code && known.byCode.has(code)) existing = { stationNo: known.byCode.get(code)!, by: '统一社会信用代码相同' }
    else if (text('name') && known.byNameAddress.has(nameKey)) existing = { stationNo: known.byNameAddress.get(nameKey)!, by: '名称和地址相同' }
    if (!existing) {
      const again = (code && seenCode.get(code)) || (text('name') && seenNameAddress.get(nameKey))
      if (again) issue(null, `与第${again}行重复（${code && seenCode.get(code) ? '统一社会信用代码相同' : '名称和地址相同'}）`)
      if (code && !seenCode.has(code)) seenCode.set(code, rowNo)
      if (text('name') && !seenNameAddress.has(nameKey)) seenNameAddress.set(nameKey, rowNo)
    }
    const errors = issues.some((i) => i.level === 'error')
    const outcome: ImportOutcome = existing ? 'existing' : errors ? 'invalid' : warnedCode ? 'warning' : 'new'
    const facts = outcome === 'new' || outcome === 'warning' ? (parsed.success ? parsed.data : null) : null
    rows.push({ rowNo, values: raw, issues, outcome, existing, facts, status, raw })
  }
  for (const r of rows) counts[r.outcome] += 1
  const preview: ImportPreview = { fileName, headerRow: headerRow + 1, columns, rows: rows.map(({ facts: _f, status: _s, raw: _r, ...row }) => row), counts, problem: null }
  return { preview, rows }
}
