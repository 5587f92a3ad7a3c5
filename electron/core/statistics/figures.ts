import type { Kysely } from 'kysely'
import type { StatColumn, StatDrill, StatFigure, StatRow, StatSection, StatTable, StatUnit } from '../../../shared/api/stat-types'
import { monthsOf, monthWithin, type Period } from '../../../shared/rules/stat-periods'
import type { HolidayCalendar } from '../../../shared/rules/working-days'
import type { Database } from '../db/schema'

// The pieces every area's figures are made of: the scope asked for, a figure, a table, the month rows.

export interface StatScope {
  period: Period
  /** '' for the whole bureau. */
  unit: string
  today: string
  calendar: HolidayCalendar
}

/** One area's figures for a scope, and whether the scope holds any of its records at all (for 同比). */
export interface AreaStats {
  section: StatSection
  hasData: boolean
}

export type AreaStatsFn = (db: Kysely<Database>, scope: StatScope) => Promise<AreaStats>

export const n = (v: unknown): number => Number(v ?? 0)

export function figure(key: string, label: string, value: unknown, drill: StatDrill | null, unit: StatUnit = 'count', word = '件'): StatFigure {
  return { key, label, unit, word: unit === 'count' ? word : '', value: n(value), previous: null, asOfToday: false, drill }
}

/** A figure of today, whatever the period (no 同比). */
export const today = (f: StatFigure): StatFigure => ({ ...f, asOfToday: true })

export const col = (label: string, unit: StatUnit = 'count', word = '件'): StatColumn => ({ label, unit, word: unit === 'count' ? word : '' })

export const row = (key: string, label: string, values: readonly unknown[], drill: StatDrill | null): StatRow => ({ key, label, values: values.map(n), previous: null, drill })

export const table = (key: string, title: string, chart: StatTable['chart'], columns: StatColumn[], rows: StatRow[]): StatTable => ({ key, title, chart, columns, rows })

/** A drill-down link: the params left out when empty. */
export function drill(path: string, params: Record<string, string | number | null | undefined | false>): StatDrill {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== false && v !== '') out[k] = String(v)
  return { path, params: out }
}

/**
 * One row per month of the period, from grouped sums keyed 'YYYY-MM' (months without records are 0), each row's
 * drill-down for the month's part of the period.
 */
export function monthRows(period: Period, sums: ReadonlyMap<string, readonly unknown[]>, width: number, drillOf: (p: Period) => StatDrill): StatRow[] {
  return monthsOf(period).map((m) => {
    const [, mm] = m.split('-')
    return row(m, `${m.slice(0, 4)}年${Number(mm)}月`, sums.get(m) ?? Array(width).fill(0), drillOf(monthWithin(m, period)))
  })
}

/** Grouped rows (key first) as a map of the rest. */
export const byKey = <R extends { k: string | null }>(rows: readonly R[], pick: (r: R) => unknown[]): Map<string, unknown[]> => new Map(rows.map((r) => [r.k ?? '', pick(r)]))
