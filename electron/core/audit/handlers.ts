import { RECORD_TYPES } from '../../../shared/domain/audit'
import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { AppError } from '../errors'
import { withRecordLabels } from './labels'
import { presentEntry } from './present'
import { runReadTask } from '../read-worker/pool'
import { manifestSigned } from '../backup/manifest'
import { auditRows, countAuditRowsUpTo } from './query'

type Ops = 'audit.list' | 'audit.history' | 'audit.export' | 'audit.verify'

export const auditHandlers: HandlerMap<Ops> = {
  'audit.list': async ({ filter, page, pageSize }, { trx }) => {
    const { total, capped } = await countAuditRowsUpTo(trx, filter)
    const rows = await auditRows(trx, filter)
      .orderBy('a.seq', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute()
    return { total, capped, entries: await withRecordLabels(trx, rows.map(presentEntry)) }
  },

  'audit.history': async ({ recordType, recordId }, ctx) => {
    const access = RECORD_TYPES[recordType].historyAccess
    if (access !== 'session' && !access.some((r) => actor(ctx).roles.includes(r))) {
      throw new AppError('FORBIDDEN', `您没有查看${RECORD_TYPES[recordType].label}修改记录的权限`)
    }
    const rows = await auditRows(ctx.trx, { recordType, recordId }).orderBy('a.seq', 'desc').execute()
    return withRecordLabels(ctx.trx, rows.map(presentEntry))
  },

  // Seconds of work at ten years of entries: in the read worker, so every other call is answered meanwhile.
  'audit.export': ({ filter }, ctx) => runReadTask(ctx.services.dbFile, 'auditExport', { filter, at: ctx.at }),

  // The heads the signed backup manifests recorded, to hold the chain to (a cut tail or a rewritten past).
  'audit.verify': (_input, { services }) => {
    const anchors = services.backups
      .list()
      .filter((m) => m.auditHead && manifestSigned(m, services.auditKey) === true)
      .map((m) => ({ fileName: m.fileName, createdAt: m.createdAt, seq: m.auditHead!.seq, hash: m.auditHead!.hash }))
    return runReadTask(services.dbFile, 'auditVerify', { key: services.auditKey.toString('hex'), anchors })
  },
}
