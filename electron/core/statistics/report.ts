import { sql, type Kysely } from 'kysely'
import type { StatReport, StatSection } from '../../../shared/api/stat-types'
import { yearBefore, type Period } from '../../../shared/rules/stat-periods'
import type { Database } from '../db/schema'
import { officeCalendar } from '../holidays/calendar'
import { stationSettings } from '../stations/repository'
import { caseStats } from './case-stats'
import { destructionStats } from './destruction-stats'
import type { AreaStats, AreaStatsFn, StatScope } from './figures'
import { seizureStats } from './seizure-stats'
import { stationStats } from './station-stats'
import { typicalStats } from './typical-stats'

// 统计's report: every area's figures for the period, and the same period a year earlier beside each figure and
// month (同比) where that period holds the area's records at all — an office that started using Taizhang this
// year gets no comparison with nothing.

const AREAS: readonly AreaStatsFn[] = [seizureStats, destructionStats, caseStats, typicalStats, stationStats]

type Db = Kysely<Database>

/** The units one may choose: the office's 所 in its order, then every other unit the records name. */
async function unitsOf(db: Db): Promise<string[]> {
  const { units } = await stationSettings(db)
  const named = await sql<{ unit: string }>`SELECT unit FROM seizures WHERE unit <> '' UNION SELECT unit FROM penalty_cases WHERE unit <> '' UNION SELECT unit FROM stations WHERE unit <> ''`.execute(db)
  const rest = named.rows.map((r) => r.unit).filter((u) => !units.includes(u)).sort((a, b) => a.localeCompare(b, 'zh-CN'))
  return [...units, ...rest]
}

function withPrevious(now: StatSection, before: StatSection | null): StatSection {
  if (!before) return now
  const figures = now.figures.map((f) => (f.asOfToday ? f : { ...f, previous: before.figures.find((b) => b.key === f.key)?.value ?? null }))
  const tables = now.tables.map((t) => {
    const old = before.tables.find((b) => b.key === t.key)
    if (!old) return t
    // Months by position (the same month a year earlier); other rows by key.
    return { ...t, rows: t.rows.map((r, i) => ({ ...r, previous: (t.chart === 'month' ? old.rows[i] : old.rows.find((o) => o.key === r.key))?.values[0] ?? 0 })) }
  })
  return { ...now, figures, tables }
}

/** Every area's figures for one period (the read worker computes the year-earlier one: read-worker/tasks.ts). */
export async function periodStats(db: Db, period: Period, unit: string, today: string): Promise<AreaStats[]> {
  const scope: StatScope = { period, unit, today, calendar: await officeCalendar(db) }
  return Promise.all(AREAS.map((area) => area(db, scope)))
}

/** Computes a period's figures somewhere else: in a read worker, so the two periods are read side by side. */
export type PeriodReader = (p: { period: Period; unit: string; today: string }) => Promise<AreaStats[]>

/** The report without its figures: the period, the year before it, the units one may choose. */
export async function reportFrame(db: Db, period: Period, unit: string): Promise<StatReport> {
  return { period, previousPeriod: yearBefore(period), unit, units: await unitsOf(db), sections: [] }
}

/** The frame's figures, the period's and the year before's read by `read` at the same time. */
export async function withSections(frame: StatReport, today: string, read: PeriodReader): Promise<StatReport> {
  const [now, old] = await Promise.all([read({ period: frame.period, unit: frame.unit, today }), read({ period: frame.previousPeriod, unit: frame.unit, today })])
  return { ...frame, sections: now.map((n, i) => withPrevious(n.section, old[i]?.hasData ? old[i].section : null)) }
}

/**
 * The report: both periods read by `elsewhere` — the read workers, each on its own connection and thread, side
 * by side, so neither the main thread nor the connection is held for the ~½ s it takes at 200,000 records (issue
 * 14) — or here, one after the other, when not given.
 */
export async function statReport(db: Db, period: Period, unit: string, today: string, elsewhere?: PeriodReader): Promise<StatReport> {
  return withSections(await reportFrame(db, period, unit), today, elsewhere ?? ((p) => periodStats(db, p.period, p.unit, p.today)))
}
