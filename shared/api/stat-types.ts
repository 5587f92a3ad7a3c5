import type { Period } from '../rules/stat-periods'

// What 统计 returns (issue 19): sections of figures and tables, each figure with the same period a year earlier
// and the list of records behind it.

/** What a figure counts in: records (with the word the office uses: 件, 起, 个, 批, 行), 分, grams, days. */
export type StatUnit = 'count' | 'fen' | 'g' | 'days'

/**
 * The records behind a figure: the area's list, filtered so that its count equals a figure that counts records
 * (seizures, cases, batches, stations); a figure summed over them (lines, value, kg, complaints) opens the same
 * records. The renderer opens `#${path}?${params}`.
 */
export interface StatDrill {
  path: string
  params: Record<string, string>
}

export interface StatFigure {
  key: string
  label: string
  unit: StatUnit
  /** The counting word for a count: 件, 起, 个, 批, 行. */
  word: string
  value: number
  /** The same period a year earlier; null when that period holds no records of the area, or for a figure of today. */
  previous: number | null
  /** A figure of today (overdue now, in the register now), not of the period: no 同比. */
  asOfToday: boolean
  drill: StatDrill | null
}

export interface StatColumn {
  label: string
  unit: StatUnit
  word: string
}

export interface StatRow {
  key: string
  label: string
  /** One per column. */
  values: number[]
  /** The first column a year earlier (month tables), when known. */
  previous: number | null
  /** The records behind the row's first column. */
  drill: StatDrill | null
}

export interface StatTable {
  key: string
  title: string
  /** How the page draws it beside the table: months as bars with the year before as a line, or bars by group. */
  chart: 'month' | 'bar' | 'pie' | null
  columns: StatColumn[]
  rows: StatRow[]
}

export type StatArea = 'seizures' | 'destructions' | 'cases' | 'typical' | 'stations'

export interface StatSection {
  key: StatArea
  title: string
  /** Which date puts a record in the period, in words (the page says it under the title). */
  basis: string
  figures: StatFigure[]
  tables: StatTable[]
}

export interface StatReport {
  period: Period
  previousPeriod: Period
  /** '' for the whole bureau. */
  unit: string
  /** The units one may choose: the office's 所 (设置 → 服务站) and every unit named in the records. */
  units: string[]
  sections: StatSection[]
}
