import type { Transaction } from 'kysely'
import type { AuditAction, RecordType } from '../../../shared/domain/audit'
import type { Database } from '../db/schema'
import { entryHash, GENESIS_HASH } from './chain'

export type FieldChanges = Record<string, [unknown, unknown]>

export interface AuditEntry {
  at: string
  userId: string | null
  operation: string
  action: AuditAction
  recordType: RecordType
  recordId: string | null
  /** Changed fields as { field: [old, new] }. */
  changes?: FieldChanges
  /** A reason (voiding) or context (a failed login's login name). */
  note?: string | null
}

/**
 * Appends entries to the chain, in order; call inside the transaction of the change they record. Core's one
 * connection runs one transaction at a time, so nothing is written between reading the head and appending;
 * `seq` being the primary key refuses a second entry in the same place besides. Many entries (an execution
 * writing one per seizure) read the head once and go in a few multi-row inserts.
 */
export async function writeAudit(trx: Transaction<Database>, entries: AuditEntry | readonly AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries as AuditEntry]
  if (list.length === 0) return
  const last = await trx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst()
  let seq = last?.seq ?? 0
  let prev = last?.hash ?? GENESIS_HASH
  const rows = list.map((e) => {
    const row = {
      seq: ++seq,
      prev_hash: prev,
      at: e.at,
      user_id: e.userId,
      operation: e.operation,
      action: e.action,
      record_type: e.recordType,
      record_id: e.recordId,
      changes: JSON.stringify(e.changes ?? {}),
      note: e.note ?? null,
    }
    prev = entryHash(row)
    return { ...row, hash: prev }
  })
  // SQLite binds at most 32,766 values a statement: 11 a row.
  for (let i = 0; i < rows.length; i += 500) await trx.insertInto('audit_log').values(rows.slice(i, i + 500)).execute()
}

/** The fields whose values differ, as { field: [old, new] }. Arrays compare by content. */
export function changedFields<T extends object>(before: T, after: Partial<T>): FieldChanges {
  const out: FieldChanges = {}
  for (const key of Object.keys(after) as (keyof T)[]) {
    const a = before[key]
    const b = after[key]
    if (b !== undefined && JSON.stringify(a) !== JSON.stringify(b)) out[String(key)] = [a, b]
  }
  return out
}

/** A new record's fields, as changes from nothing. */
export function createdFields(values: Record<string, unknown>): FieldChanges {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, [null, v]]))
}
