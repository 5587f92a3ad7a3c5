// The table of 设置 → 节假日 (migration 009), as Kysely sees it.

export interface HolidayYearTable {
  year: number
  /** JSON arrays of YYYY-MM-DD. */
  off_days: string
  work_days: string
  source: string
  updated_at: string
  updated_by: string
  version: number
}

export interface HolidayTables {
  holiday_years: HolidayYearTable
}
