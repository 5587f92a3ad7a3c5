import { createHash } from 'node:crypto'
import type { AuditLogTable } from '../db/schema'

// The audit trail is a hash chain: each entry's hash covers its content and the previous entry's hash,
// so changing, inserting or removing an entry breaks the chain from that point on.

/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64)

/** The stored columns an entry's hash covers: all but the hash (JSON columns as stored text, never re-serialised). */
export type ChainedEntry = Omit<AuditLogTable, 'hash'>

export function entryHash(e: ChainedEntry): string {
  const content = JSON.stringify([e.seq, e.prev_hash, e.at, e.user_id, e.operation, e.action, e.record_type, e.record_id, e.changes, e.note])
  return createHash('sha256').update(content, 'utf8').digest('hex')
}

export interface ChainBreak {
  seq: number
  at: string | null
  reason: string
}

/**
 * Walks entries in `seq` order and returns the first that does not fit, or null.
 * Feed it in batches: it keeps the last seen entry between calls.
 */
export class ChainWalker {
  private expectedSeq = 1
  private prevHash = GENESIS_HASH
  checked = 0
  head: { seq: number; hash: string } | null = null

  next(row: AuditLogTable): ChainBreak | null {
    if (row.seq !== this.expectedSeq) {
      return row.seq > this.expectedSeq
        ? { seq: this.expectedSeq, at: null, reason: `第 ${this.expectedSeq}${row.seq - 1 > this.expectedSeq ? `–${row.seq - 1}` : ''} 条记录缺失（被删除）` }
        : { seq: row.seq, at: row.at, reason: '记录编号重复或顺序错乱' }
    }
    if (row.prev_hash !== this.prevHash) {
      return { seq: row.seq, at: row.at, reason: '与上一条记录的哈希不衔接（上一条记录被改动、替换或删除）' }
    }
    if (entryHash(row) !== row.hash) {
      return { seq: row.seq, at: row.at, reason: '记录内容与其哈希不符（此条记录被改动）' }
    }
    this.checked += 1
    this.expectedSeq += 1
    this.prevHash = row.hash
    this.head = { seq: row.seq, hash: row.hash }
    return null
  }
}
