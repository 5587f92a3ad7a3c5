import { RECORD_TYPES } from '../../../shared/domain/audit'
import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { AppError } from '../errors'
import { auditWorkbook } from './export'
import { withRecordLabels } from './labels'
import { presentEntry } from './present'
import { localDate } from '../../../shared/rules/local-time'
import { auditRows, countAuditRows, countAuditRowsUpTo } from './query'
import { verifyAuditChain } from './verify'

type Ops = 'audit.list' | 'audit.history' | 'audit.export' | 'audit.verify'

/** More rows than this belong in several exports (Excel itself stops at about a million). */
const EXPORT_LIMIT = 200_000

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

  'audit.export': async ({ filter }, { trx, at }) => {
    const total = await countAuditRows(trx, filter)
    if (total > EXPORT_LIMIT) throw new AppError('VALIDATION', `筛选出 ${total} 条，超过单次导出上限 ${EXPORT_LIMIT} 条，请缩小日期范围后分次导出`)
    const rows = await auditRows(trx, filter).orderBy('a.seq').execute()
    const bytes = await auditWorkbook(await withRecordLabels(trx, rows.map(presentEntry)))
    return { fileName: `审计日志-${localDate(at).replace(/-/g, '')}.xlsx`, base64: bytes.toString('base64'), rows: rows.length }
  },

  'audit.verify': (_input, { trx }) => verifyAuditChain(trx),
}
