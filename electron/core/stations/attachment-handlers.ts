import type { HandlerMap } from '../handler'
import { AppError } from '../errors'
import { addRecordFile, listRecordFiles, readRecordFile, voidRecordFile, type RecordFileTable } from '../attachments/record-files'

// Photos of a station's plaque (授牌) and its site, in the content store seizures use; added and removed with
// the station's audit trail. A voided station keeps its photos, read-only.

type Ops = 'stations.attachments.list' | 'stations.attachments.add' | 'stations.attachments.get' | 'stations.attachments.void'

const STATION_FILES: RecordFileTable = {
  table: 'station_attachments',
  owner: 'station_id',
  recordType: 'station',
  checkOwner: async (db, stationId, forChange) => {
    const s = await db.selectFrom('stations').select(['name', 'voided_at']).where('id', '=', stationId).executeTakeFirst()
    if (!s) throw new AppError('NOT_FOUND', '没有这个服务站')
    if (forChange && s.voided_at !== null) throw new AppError('STATE', `服务站“${s.name}”已作废，不能再修改照片`)
  },
}

export const stationAttachmentHandlers: HandlerMap<Ops> = {
  'stations.attachments.list': ({ stationId }, { trx }) => listRecordFiles(trx, STATION_FILES, stationId),
  'stations.attachments.add': ({ stationId, ...file }, ctx) => addRecordFile(ctx, STATION_FILES, stationId, file),
  'stations.attachments.get': ({ id }, { trx, services }) => readRecordFile(trx, services.dataDir, STATION_FILES, id),
  'stations.attachments.void': ({ id, reason }, ctx) => voidRecordFile(ctx, STATION_FILES, id, reason),
}
