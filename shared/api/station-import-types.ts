import type { StationSheetField } from '../domain/stations'

// What reading a station sheet answers: the header row found, each column's field, and every row checked.

export interface ImportIssue {
  /** The sheet's column letter (B) and header (服务站名称); null for the row as a whole (a duplicate). */
  column: string | null
  header: string | null
  message: string
  /** A warning (a credit code's check character) may be accepted; an error keeps the row out. */
  level: 'error' | 'warning'
}

export type ImportOutcome = 'new' | 'warning' | 'existing' | 'invalid'

export interface ImportRow {
  /** The row's number in the sheet as Excel shows it. */
  rowNo: number
  /** The mapped fields as read, for the preview. */
  values: Partial<Record<StationSheetField, string>>
  issues: ImportIssue[]
  outcome: ImportOutcome
  /** For an existing station: its number and why it is the same one. */
  existing: { stationNo: string; by: string } | null
}

export interface ImportColumn {
  index: number
  letter: string
  header: string
  field: StationSheetField | null
}

export interface ImportPreview {
  fileName: string
  /** 1-based, as Excel numbers rows. */
  headerRow: number
  columns: ImportColumn[]
  rows: ImportRow[]
  counts: Record<ImportOutcome, number>
  /** Why no row could be read (no 服务站名称 column found): the mapping must be set first. */
  problem: string | null
}

export interface ImportResult {
  added: number
  existing: number
  /** Rows left out: errors, and warnings not accepted. */
  failed: number
  /** The rows left out with the reason beside each, as .xlsx; null when none was. */
  errorSheet: { fileName: string; base64: string } | null
}
