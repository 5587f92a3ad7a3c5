import type { Kysely } from 'kysely'
import type { StationFormat } from '../../../shared/domain/stations'
import type { Database } from '../db/schema'
import { issueRecordDocument, previewRecordDocument } from '../documents/issue'
import type { KindRecord } from '../documents/kinds/types'
import { AppError } from '../errors'
import type { HandlerMap } from '../handler'
import { todayOf } from '../clock'
import { stationSettings } from './repository'

// 服务站名录: the stations in the register (在册 and 整改中; not 筹建, 撤销 or voided), of one 所 or all, grouped in
// the office's order of 所 — previewed, or issued and archived with every listed station's id.

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

export const stationDocumentHandlers: HandlerMap<Ops> = {
  'stations.document.preview': async ({ kind, date, unit }, ctx) => previewRecordDocument(ctx.trx, kind, await directoryRecord(ctx.trx, unit, todayOf(ctx)), date),
  'stations.document.issue': async ({ kind, date, unit }, ctx) => issueRecordDocument(ctx, kind, await directoryRecord(ctx.trx, unit, todayOf(ctx)), date),
}
