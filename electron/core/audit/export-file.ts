import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { AppError } from '../errors'
import { localDate } from '../../../shared/rules/local-time'
import { auditWorkbook } from './export'
import { withRecordLabels } from './labels'
import { presentEntry } from './present'
import { auditRows, countAuditRows, type AuditFilter } from './query'

/** More rows than this belong in several exports (Excel itself stops at about a million). */
export const AUDIT_EXPORT_LIMIT = 200_000

/** The filtered trail as an .xlsx file, oldest first. Runs in the read worker (read-worker/tasks.ts). */
export async function exportAuditFile(db: Kysely<Database>, filter: AuditFilter, at: string) {
  const total = await countAuditRows(db, filter)
  if (total > AUDIT_EXPORT_LIMIT) throw new AppError('VALIDATION', `筛选出 ${total} 条，超过单次导出上限 ${AUDIT_EXPORT_LIMIT} 条，请缩小日期范围后分次导出`)
  const rows = await auditRows(db, filter).orderBy('a.seq').execute()
  const bytes = await auditWorkbook(await withRecordLabels(db, rows.map(presentEntry)))
  return { fileName: `审计日志-${localDate(at).replace(/-/g, '')}.xlsx`, base64: bytes.toString('base64'), rows: rows.length }
}
