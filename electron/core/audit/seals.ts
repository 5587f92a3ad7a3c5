import { createHmac } from 'node:crypto'
import type BetterSqlite3 from 'better-sqlite3'
import { allRows, rowValues, sealedTables, takePending } from '../db/row-seals'
import { statementsOf } from '../db/statement-cache'

// Seals (issue 21, item 10): every record row, and the audit chain's newest entry, carry an HMAC-SHA256 under the
// office's key (audit-key.ts), written in the same transaction as the change. 审计校验 recomputes them: a row
// edited, added or removed by another program, a role granted in user_roles, a chain re-hashed to its end, cut
// short, renumbered or extended with a forged entry — each no longer matches, and is named.

/** Bytes and values as stored, in column order: Buffers as hex, so the text is the same on every read. */
const canonical = (values: readonly unknown[]): string =>
  JSON.stringify(values.map((v) => (Buffer.isBuffer(v) || v instanceof Uint8Array ? { blob: Buffer.from(v).toString('hex') } : v)))

/** 128 bits of the HMAC, stored as bytes: a seal per row of ten years of records stays some 40 bytes a row. */
export const rowMac = (key: Buffer, tbl: string, rid: number, values: readonly unknown[]): Buffer =>
  createHmac('sha256', key).update(`row\n${tbl}\n${rid}\n${canonical(values)}`).digest().subarray(0, 16)

export const headMac = (key: Buffer, seq: number, hash: string): string => createHmac('sha256', key).update(`head\n${seq}\n${hash}`).digest('hex')

/** Seals what this connection changed since the last call; call inside the transaction that changed it. */
export function sealPending(sqlite: BetterSqlite3.Database, key: Buffer): void {
  const pending = takePending(sqlite)
  if (pending.length === 0) return
  const upsert = statementsOf(sqlite).prepare('INSERT INTO record_seals (tbl, row_id, mac) VALUES (?, ?, ?) ON CONFLICT (tbl, row_id) DO UPDATE SET mac = excluded.mac') as BetterSqlite3.Statement
  const remove = statementsOf(sqlite).prepare('DELETE FROM record_seals WHERE tbl = ? AND row_id = ?') as BetterSqlite3.Statement
  let audited = false
  for (const { tbl, rid } of pending) {
    if (tbl === 'audit_log') {
      audited = true
      continue
    }
    const values = rowValues(sqlite, tbl, rid)
    if (values) upsert.run(tbl, rid, rowMac(key, tbl, rid, values))
    else remove.run(tbl, rid)
  }
  if (audited) sealHead(sqlite, key)
}

function sealHead(sqlite: BetterSqlite3.Database, key: Buffer): void {
  const head = sqlite.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined
  if (!head) return
  sqlite
    .prepare('INSERT INTO audit_seal (id, seq, hash, mac) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, mac = excluded.mac')
    .run(head.seq, head.hash, headMac(key, head.seq, head.hash))
}

/**
 * Seals every row as it stands (a new database, or after a migration changed the tables' columns), in one
 * transaction. What was changed behind the app's back before an upgrade is sealed with it: 审计校验 runs before.
 */
export function sealAll(sqlite: BetterSqlite3.Database, key: Buffer): void {
  sqlite.transaction(() => {
    takePending(sqlite)
    sqlite.prepare('DELETE FROM record_seals').run()
    const insert = sqlite.prepare('INSERT INTO record_seals (tbl, row_id, mac) VALUES (?, ?, ?)')
    for (const tbl of sealedTables(sqlite)) for (const [rid, values] of allRows(sqlite, tbl)) insert.run(tbl, rid, rowMac(key, tbl, rid, values))
    sealHead(sqlite, key)
  })()
}
