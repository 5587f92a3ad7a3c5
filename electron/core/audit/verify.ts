import type { Kysely } from 'kysely'
import type { AuditVerifyResult } from '../../../shared/api/audit'
import type { Database } from '../db/schema'
import { ChainWalker } from './chain'

const BATCH = 2000

/** 审计校验: walks the whole chain in order, in batches, and reports the first entry that does not fit. */
export async function verifyAuditChain(db: Kysely<Database>): Promise<AuditVerifyResult> {
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
