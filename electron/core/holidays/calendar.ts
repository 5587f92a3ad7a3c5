import type { Kysely } from 'kysely'
import type { HolidayYear } from '../../../shared/api/holidays'
import { BUILT_IN_CALENDAR, type HolidayCalendar } from '../../../shared/rules/working-days'
import holidays from '../../../shared/data/cn-holidays.json'
import type { Database } from '../db/schema'

// The office's holiday calendar: the shipped years, with the years entered or corrected in 设置 → 节假日 in
// their place. Every working-day deadline in core counts on this.

type Db = Kysely<Database>

// The shipped years name the State Council's notice first among their sources.
const SHIPPED_SOURCES: Record<string, string> = Object.fromEntries(Object.entries(holidays).map(([y, v]) => [y, `国务院办公厅通知（随程序提供）${(v as { source?: string[] }).source?.[0] ?? ''}`]))

export async function officeCalendar(db: Db): Promise<HolidayCalendar> {
  const rows = await db.selectFrom('holiday_years').select(['year', 'off_days', 'work_days']).execute()
  if (rows.length === 0) return BUILT_IN_CALENDAR
  const out: Record<string, { off: readonly string[]; work: readonly string[] }> = { ...BUILT_IN_CALENDAR }
  for (const r of rows) out[String(r.year)] = { off: JSON.parse(r.off_days) as string[], work: JSON.parse(r.work_days) as string[] }
  return out
}

export async function holidayYears(db: Db): Promise<HolidayYear[]> {
  const rows = await db
    .selectFrom('holiday_years as h')
    .innerJoin('users as u', 'u.id', 'h.updated_by')
    .select(['h.year', 'h.off_days', 'h.work_days', 'h.source', 'h.updated_at', 'h.version', 'u.name as by_name'])
    .execute()
  const stored = new Map(rows.map((r) => [r.year, r]))
  const years = new Set([...Object.keys(BUILT_IN_CALENDAR).map(Number), ...stored.keys()])
  return [...years]
    .sort((a, b) => a - b)
    .map((year): HolidayYear => {
      const r = stored.get(year)
      if (r) return { year, off: JSON.parse(r.off_days) as string[], work: JSON.parse(r.work_days) as string[], source: r.source, origin: 'entered', updatedAt: r.updated_at, updatedByName: r.by_name, version: r.version }
      const b = BUILT_IN_CALENDAR[String(year)]!
      return { year, off: [...b.off], work: [...b.work], source: SHIPPED_SOURCES[String(year)] ?? '', origin: 'built_in', updatedAt: null, updatedByName: null, version: 0 }
    })
}
