import type { Kysely } from 'kysely'
import type { StationFormat } from '../../../shared/domain/stations'
import type { Database } from '../db/schema'
import { issueRecordDocument, previewRecordDocument } from '../documents/issue'
import type { KindRecord } from '../documents/kinds/types'
import { AppError } from '../errors'
import type { HandlerMap } from '../handler'
import type { OpParsed } from '../../../shared/api'
import { todayOf } from '../clock'
import { stationSettings, unitPlace } from './repository'

// 服务站's documents: the 名录 of the stations in the register (在册 and 整改中; not 筹建, 撤销 or voided), of one 所 or
// all, grouped in the office's order of 所; the 授牌公告 of stations chosen; the year's 考核结果通报 — previewed, or
// issued and archived with every station's id.

type Ops = 'stations.document.preview' | 'stations.document.issue'

async function directoryRecord(db: Kysely<Database>, unit: string, today: string): Promise<KindRecord> {
  let q = db
    .selectFrom('stations')
    .select(['id', 'name', 'host_name', 'address', 'head', 'phone', 'format', 'odr', 'no_reason_returns', 'unit'])
    .where('voided_at', 'is', null)
    .where('status', 'in', ['active', 'rectifying'])
    .orderBy('reg_year')
    .orderBy('reg_seq')
  if (unit) q = q.where('unit', '=', unit)
  const rows = await q.execute()
  if (rows.length === 0) throw new AppError('STATE', unit ? `${unit}没有在册的服务站，不能生成名录` : '没有在册的服务站，不能生成名录')
  const { units } = await stationSettings(db)
  // The office's order of 所; one no longer listed after them, by name.
  const order = [...units, ...[...new Set(rows.map((r) => r.unit))].filter((u) => !units.includes(u)).sort()]
  const groups = order
    .map((u) => ({
      unit: u,
      stations: rows
        .filter((r) => r.unit === u)
        .map((r) => ({ id: r.id, name: r.name, hostName: r.host_name, address: r.address, head: r.head, phone: r.phone, format: r.format as StationFormat, odr: r.odr === 1, noReasonReturns: r.no_reason_returns === 1 })),
    }))
    .filter((g) => g.stations.length > 0)
  return { type: 'station_directory', directory: { asOf: today, unit: unit || null, groups } }
}

/** The chosen stations for their 授牌公告, in the register's order; a voided, 撤销 or unknown one is refused. */
async function plaqueRecord(db: Kysely<Database>, ids: readonly string[]): Promise<KindRecord> {
  const rows = await db.selectFrom('stations').select(['id', 'name', 'host_name', 'address', 'unit', 'plaque_on', 'status', 'voided_at']).where('id', 'in', [...ids]).orderBy('reg_year').orderBy('reg_seq').execute()
  if (rows.length !== new Set(ids).size) throw new AppError('NOT_FOUND', '所选的服务站有的不存在，请刷新后重选')
  const out = rows.find((r) => r.voided_at !== null || r.status === 'revoked')
  if (out) throw new AppError('STATE', `服务站“${out.name}”${out.voided_at ? '已作废' : '已撤销'}，不能列入授牌公告`)
  return { type: 'station_plaque', plaque: { stations: rows.map((r) => ({ id: r.id, name: r.name, hostName: r.host_name, address: r.address, unit: r.unit, plaqueOn: r.plaque_on })) } }
}

/** The year's reviewed stations (not voided), in the office's order of 所, with a 不合格 one's 整改 if recorded. */
async function reportRecord(db: Kysely<Database>, year: number): Promise<KindRecord> {
  const rows = await db
    .selectFrom('station_reviews as r')
    .innerJoin('stations as s', 's.id', 'r.station_id')
    .select(['s.id', 's.name', 's.host_name', 's.address', 's.unit', 's.plaque_on', 's.status', 's.rectify_reason', 's.rectify_due', 'r.result'])
    .where('r.year', '=', year)
    .where('s.voided_at', 'is', null)
    .orderBy('s.reg_year')
    .orderBy('s.reg_seq')
    .execute()
  if (rows.length === 0) throw new AppError('STATE', `${year}年度还没有登记考核结果，不能生成通报`)
  const { units } = await stationSettings(db)
  const place = unitPlace(units)
  const stations = rows
    .sort((a, b) => place(a.unit) - place(b.unit))
    .map((r) => ({
      id: r.id,
      name: r.name,
      hostName: r.host_name,
      address: r.address,
      unit: r.unit,
      plaqueOn: r.plaque_on,
      result: r.result as 'excellent' | 'pass' | 'fail',
      rectify: r.status === 'rectifying' && r.rectify_due ? { reason: r.rectify_reason, due: r.rectify_due } : null,
    }))
  return { type: 'station_review_report', report: { year, stations } }
}

type Input = OpParsed<'stations.document.preview'>
const recordFor = (db: Kysely<Database>, d: Input, today: string): Promise<KindRecord> =>
  d.kind === 'station_plaque' ? plaqueRecord(db, d.stationIds) : d.kind === 'station_review_report' ? reportRecord(db, d.year!) : directoryRecord(db, d.unit, today)

export const stationDocumentHandlers: HandlerMap<Ops> = {
  'stations.document.preview': (d, ctx) => previewRecordDocument(ctx, d.kind, (trx) => recordFor(trx, d, todayOf(ctx)), d.date),
  'stations.document.issue': (d, ctx) => issueRecordDocument(ctx, d.kind, (trx) => recordFor(trx, d, todayOf(ctx)), d.date),
}
