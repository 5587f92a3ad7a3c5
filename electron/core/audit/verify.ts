import type { Kysely } from 'kysely'
import type { AuditVerifyResult } from '../../../shared/api/audit'
import type { Database } from '../db/schema'
import type BetterSqlite3 from 'better-sqlite3'
import { ChainWalker } from './chain'
import { verifySeals } from './verify-seals'
import type { AuditFinding } from '../../../shared/api/audit'

const BATCH = 2000

/**
 * 审计校验: walks the whole chain in order, in batches, and reports the first entry that does not fit; then checks
 * the seals (verify-seals.ts) on the same snapshot (`sqlite` is the connection under `db`'s transaction).
 */
export async function verifyAudit(db: Kysely<Database>, sqlite: BetterSqlite3.Database, key: Buffer, anchors: readonly Anchor[] = []): Promise<AuditVerifyResult> {
  const chain = await verifyAuditChain(db)
  const { findings, total: sealTotal } = verifySeals(sqlite, key, chain.broken ? null : chain.head)
  const anchored = chain.broken ? null : checkAnchors(sqlite, anchors, chain.head)
  if (anchored) findings.unshift(anchored)
  const total = sealTotal + (anchored ? 1 : 0)
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

/** A chain head a signed backup manifest recorded. */
export interface Anchor {
  fileName: string
  createdAt: string
  seq: number
  hash: string
}

/**
 * The newest backup whose recorded head the chain no longer holds: entries up to it were rewritten, or cut off
 * after it. A restore or an import legitimately takes the chain back: only backups made after the latest one count.
 */
function checkAnchors(sqlite: BetterSqlite3.Database, anchors: readonly Anchor[], head: { seq: number; hash: string } | null): AuditFinding | null {
  const replaced = sqlite.prepare(`SELECT max(at) FROM audit_log WHERE action = 'data_restore'`).pluck().get() as string | null
  const hashAt = sqlite.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck()
  for (const a of [...anchors].sort((x, y) => y.createdAt.localeCompare(x.createdAt))) {
    if (replaced && a.createdAt <= replaced) continue
    if (!head || head.seq < a.seq) return { where: '审计日志', reason: `末尾的记录被删除：备份 ${a.fileName} 记下的第 ${a.seq} 条已不在` }
    if (hashAt.get(a.seq) !== a.hash) return { where: '审计日志', reason: `第 ${a.seq} 条及以前的记录被改写：与备份 ${a.fileName} 记下的哈希不符` }
  }
  return null
}
