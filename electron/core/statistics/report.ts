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

/** Computes a period's figures somewhere else: in the read worker, so the two periods are read side by side. */
export type PeriodReader = (p: { period: Period; unit: string; today: string }) => Promise<AreaStats[]>

/**
 * The report: the period's figures here and the same period a year earlier by `elsewhere` (the read worker, on
 * its own connection and thread; here too when not given), at the same time — half the wait on a two-core PC.
 */
export async function statReport(db: Db, period: Period, unit: string, today: string, elsewhere?: PeriodReader): Promise<StatReport> {
  const previousPeriod = yearBefore(period)
  const earlier = elsewhere ? elsewhere({ period: previousPeriod, unit, today }) : periodStats(db, previousPeriod, unit, today)
  const [units, now, old] = await Promise.all([unitsOf(db), periodStats(db, period, unit, today), earlier])
  const sections = now.map((n, i) => withPrevious(n.section, old[i]?.hasData ? old[i].section : null))
  return { period, previousPeriod, unit, units, sections }
}
