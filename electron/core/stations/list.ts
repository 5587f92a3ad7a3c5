import { sql, type Expression, type Kysely, type SqlBool } from 'kysely'
import type { OpParsed } from '../../../shared/api'
import type { StationPage, StationRow } from '../../../shared/api/station-types'
import type { ReviewResult, StationFormat, StationStatus } from '../../../shared/domain/stations'
import type { Database } from '../db/schema'
import { columnContains as like, searchTerms } from '../seizures/search'

// The station list: filters on the station's row and its review for the chosen year, newest number first.

type Db = Kysely<Database>
export type StationListFilter = OpParsed<'stations.export'>

const COLS = ['s.id', 's.station_no', 's.name', 's.host_name', 's.format', 's.address', 's.unit', 's.head', 's.phone', 's.odr', 's.no_reason_returns', 's.status', 's.rectify_due', 's.voided_at', 'r.result'] as const

/** The filtered stations' query, the year's review joined; the list pages it, the export takes it whole. */
export function stationQuery(db: Db, f: StationListFilter, today: string) {
  const year = f.year ?? Number(today.slice(0, 4))
  const ref = sql.ref
  const where: Expression<SqlBool>[] = []
  if (!f.includeVoided) where.push(sql<SqlBool>`${ref('s.voided_at')} IS NULL`)
  if (f.unit) where.push(sql<SqlBool>`${ref('s.unit')} = ${f.unit}`)
  if (f.format) where.push(sql<SqlBool>`${ref('s.format')} = ${f.format}`)
  if (f.statuses.length > 0) where.push(sql<SqlBool>`${ref('s.status')} IN (${sql.join(f.statuses)})`)
  if (f.odr !== null) where.push(sql<SqlBool>`${ref('s.odr')} = ${f.odr ? 1 : 0}`)
  if (f.noReasonReturns !== null) where.push(sql<SqlBool>`${ref('s.no_reason_returns')} = ${f.noReasonReturns ? 1 : 0}`)
  if (f.period) where.push(sql<SqlBool>`${ref(f.period.basis === 'set_up' ? 's.set_up_on' : 's.revoked_on')} BETWEEN ${f.period.from} AND ${f.period.to}`)
  if (f.result === 'none') where.push(sql<SqlBool>`${ref('r.id')} IS NULL`)
  else if (f.result === 'any') where.push(sql<SqlBool>`${ref('r.id')} IS NOT NULL`)
  else if (f.result) where.push(sql<SqlBool>`${ref('r.result')} = ${f.result}`)
  if (f.rectifyOverdue) where.push(sql<SqlBool>`${ref('s.status')} = 'rectifying' AND ${ref('s.rectify_due')} < ${today}`)
  for (const term of searchTerms(f.query.toLowerCase())) where.push(like('s.search_text', term))
  let q = db.selectFrom('stations as s').leftJoin('station_reviews as r', (j) => j.onRef('r.station_id', '=', 's.id').on('r.year', '=', year))
  for (const w of where) q = q.where(w)
  return { q, year }
}

/** The list's columns, ordered newest number first. */
export const selectRows = (q: ReturnType<typeof stationQuery>['q']) => q.select(COLS).orderBy('s.reg_year', 'desc').orderBy('s.reg_seq', 'desc')
type ListRaw = Awaited<ReturnType<ReturnType<typeof selectRows>['execute']>>[number]

export const rowOf = (r: ListRaw, today: string): StationRow => ({
  id: r.id,
  stationNo: r.station_no,
  name: r.name,
  hostName: r.host_name,
  format: r.format as StationFormat,
  address: r.address,
  unit: r.unit,
  head: r.head,
  phone: r.phone,
  odr: r.odr === 1,
  noReasonReturns: r.no_reason_returns === 1,
  status: r.status as StationStatus,
  rectifyDue: r.rectify_due,
  rectifyOverdue: r.status === 'rectifying' && r.rectify_due !== null && r.rectify_due < today,
  reviewResult: (r.result as ReviewResult | null) ?? null,
  voided: r.voided_at !== null,
})

export async function listStations(db: Db, f: OpParsed<'stations.list'>, today: string): Promise<StationPage> {
  const { q, year } = stationQuery(db, f, today)
  // LIMIT/OFFSET as literals, as the other lists do (the planner then sorts the few matches).
  const [rows, count] = await Promise.all([
    selectRows(q).limit(sql.lit(f.pageSize)).offset(sql.lit((f.page - 1) * f.pageSize)).execute(),
    q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows: rows.map((r) => rowOf(r, today)), total: Number(count.n), year }
}
