import type { Transaction } from 'kysely'
import type { Database } from '../db/schema'
import { newId, nowIso } from '../db/ids'

export interface AuditEntry {
  userId: string | null
  operation: string
  recordType: string
  recordId: string | null
  detail?: Record<string, unknown>
}

/** Writes one audit entry; call inside the transaction of the change it records. */
export async function writeAudit(trx: Transaction<Database>, e: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      id: newId(),
      at: nowIso(),
      user_id: e.userId,
      operation: e.operation,
      record_type: e.recordType,
      record_id: e.recordId,
      detail: JSON.stringify(e.detail ?? {}),
    })
    .execute()
}

/** The fields whose values differ, as { field: [old, new] }. */
export function changedFields<T extends object>(before: T, after: Partial<T>): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {}
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (after[key] !== undefined && before[key] !== after[key]) out[String(key)] = [before[key], after[key]]
  }
  return out
}
