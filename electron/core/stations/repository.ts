import type { Kysely, Transaction } from 'kysely'
import type { Station, StationFacts, StationReview, StationSettings } from '../../../shared/api/station-types'
import type { ReviewResult, StationCondition, StationFormat, StationStatus } from '../../../shared/domain/stations'
import type { Database } from '../db/schema'
import type { StationTable } from './schema'
import { AppError } from '../errors'
import { voidedOf } from '../db/voided'

// Reads of 服务站: a station with its history and reviews, the facts as columns and back, the settings.

type Db = Kysely<Database>

/** What the list's substring search looks in: 编号, 名称, 依托经营者, 地址, 站长, 电话. */
export const searchTextOf = (stationNo: string, f: Pick<StationFacts, 'name' | 'hostName' | 'address' | 'head' | 'phone'>) => [stationNo, f.name, f.hostName, f.address, f.head, f.phone].join('\n').toLowerCase()

/** The facts as the stations table stores them. */
export const factColumns = (f: StationFacts) => ({
  name: f.name,
  host_name: f.hostName,
  host_credit_code: f.hostCreditCode,
  host_code_unverified: f.hostCodeUnverified ? 1 : 0,
  format: f.format,
  address: f.address,
  unit: f.unit,
  head: f.head,
  phone: f.phone,
  staff_full: f.staffFull,
  staff_part: f.staffPart,
  conditions: JSON.stringify(f.conditions),
  odr: f.odr ? 1 : 0,
  odr_since: f.odr ? f.odrSince : null,
  no_reason_returns: f.noReasonReturns ? 1 : 0,
  returns_since: f.noReasonReturns ? f.returnsSince : null,
  set_up_on: f.setUpOn,
  plaque_on: f.plaqueOn,
  notes: f.notes,
})

export const factsOf = (r: Pick<StationTable, keyof ReturnType<typeof factColumns>>): StationFacts => ({
  name: r.name,
  hostName: r.host_name,
  hostCreditCode: r.host_credit_code,
  hostCodeUnverified: r.host_code_unverified === 1,
  format: r.format as StationFormat,
  address: r.address,
  unit: r.unit,
  head: r.head,
  phone: r.phone,
  staffFull: r.staff_full,
  staffPart: r.staff_part,
  conditions: JSON.parse(r.conditions) as StationCondition[],
  odr: r.odr === 1,
  odrSince: r.odr_since,
  noReasonReturns: r.no_reason_returns === 1,
  returnsSince: r.returns_since,
  setUpOn: r.set_up_on,
  plaqueOn: r.plaque_on,
  notes: r.notes,
})

/** mediated / handled; none when nothing was handled (a rate of 0 would read as a failure). */
export const successRate = (mediated: number, handled: number): number | null => (handled === 0 ? null : mediated / handled)

export async function getReviews(db: Db, stationId: string): Promise<StationReview[]> {
  const rows = await db.selectFrom('station_reviews').selectAll().where('station_id', '=', stationId).orderBy('year', 'desc').execute()
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    received: r.received,
    handled: r.handled,
    mediated: r.mediated,
    successRate: successRate(r.mediated, r.handled),
    recoveredFen: r.recovered_fen,
    checkedOn: r.checked_on,
    result: r.result as ReviewResult,
    reviewer: r.reviewer,
    notes: r.notes,
    version: r.version,
  }))
}

export async function getStation(db: Db, id: string, today: string): Promise<Station> {
  const r = await db.selectFrom('stations as s').leftJoin('users as v', 'v.id', 's.voided_by').selectAll('s').select('v.name as voided_by_name').where('s.id', '=', id).executeTakeFirst()
  if (!r) throw new AppError('NOT_FOUND', '没有这个服务站')
  const [history, reviews] = await Promise.all([
    db
      .selectFrom('station_status_changes as c')
      .innerJoin('users as u', 'u.id', 'c.by')
      .select(['c.from_status', 'c.to_status', 'c.on_date', 'c.reason', 'c.due_date', 'c.at', 'u.name'])
      .where('c.station_id', '=', id)
      .orderBy('c.at')
      .orderBy('c.id')
      .execute(),
    getReviews(db, id),
  ])
  return {
    id: r.id,
    stationNo: r.station_no,
    ...factsOf(r),
    status: r.status as StationStatus,
    rectifyReason: r.rectify_reason,
    rectifyDue: r.rectify_due,
    rectifyOverdue: r.status === 'rectifying' && r.rectify_due !== null && r.rectify_due < today,
    revokedOn: r.revoked_on,
    revokeReason: r.revoke_reason,
    history: history.map((h) => ({ from: h.from_status as StationStatus | null, to: h.to_status as StationStatus, date: h.on_date, reason: h.reason, dueDate: h.due_date, at: h.at, byName: h.name })),
    reviews,
    version: r.version,
    voided: voidedOf(r),
  }
}

/** The station as the caller read it, still live; refusals name it. */
export async function editableStation(trx: Transaction<Database>, id: string, version: number, today: string, doing: string): Promise<Station> {
  const s = await getStation(trx, id, today)
  if (s.voided) throw new AppError('STATE', `服务站“${s.name}”已作废，不能${doing}`)
  if (s.version !== version) throw new AppError('CONFLICT', `服务站“${s.name}”已被他人修改，请刷新后重试`)
  return s
}

export async function stationSettings(db: Db): Promise<StationSettings> {
  const s = await db.selectFrom('station_settings').selectAll().where('id', '=', 'default').executeTakeFirstOrThrow()
  return { units: JSON.parse(s.units) as string[], importMapping: JSON.parse(s.import_mapping) as Record<string, string>, reviewMonth: s.review_month, version: s.version }
}

/** A 所's place in the office's order (设置 → 服务站), for sorting; one no longer listed comes after them all. */
export const unitPlace = (units: readonly string[]) => (unit: string): number => (units.includes(unit) ? units.indexOf(unit) : units.length)

/** The 所 must be one the office lists (设置 → 服务站), so the directory groups it and the import can check it. */
export function checkUnit(units: readonly string[], unit: string): void {
  if (units.includes(unit)) return
  const message = units.length === 0 ? '尚未设置监管所：请管理员在“设置 → 服务站”中添加' : `监管所“${unit}”不在列表中（设置 → 服务站）`
  throw new AppError('VALIDATION', message, { 'facts.unit': message })
}
