import type { Kysely } from 'kysely'
import type { AuditVerifyResult } from '../../../shared/api/audit'
import type { Database } from '../db/schema'
import type BetterSqlite3 from 'better-sqlite3'
import { ChainWalker } from './chain'
import { verifySeals } from './verify-seals'

const BATCH = 2000

/**
 * 审计校验: walks the whole chain in order, in batches, and reports the first entry that does not fit; then checks
 * the seals (verify-seals.ts) on the same snapshot (`sqlite` is the connection under `db`'s transaction).
 */
export async function verifyAudit(db: Kysely<Database>, sqlite: BetterSqlite3.Database, key: Buffer): Promise<AuditVerifyResult> {
  const chain = await verifyAuditChain(db)
  const { findings, total } = verifySeals(sqlite, key, chain.broken ? null : chain.head)
  // A broken chain has its own report; the head's seal is then compared with nothing.
  const shown = chain.broken ? findings.filter((f) => f.where !== '审计日志') : findings
  const findingsTotal = total - (findings.length - shown.length)
  return { ...chain, ok: chain.ok && findingsTotal === 0, findings: shown, findingsTotal }
}

async function verifyAuditChain(db: Kysely<Database>): Promise<Omit<AuditVerifyResult, 'findings' | 'findingsTotal'>> {
  const walker = new ChainWalker()
  let after = 0
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(BATCH).execute()
    for (const row of rows) {
      const broken = walker.next(row)
      if (broken) return { ok: false, checked: walker.checked, head: walker.head, broken }
    }
    if (rows.length < BATCH) break
    after = rows.at(-1)!.seq
  }
  return { ok: true, checked: walker.checked, head: walker.head, broken: null }
}
