// What the bench takes from the app itself, bundled by tests/bench/vite.config.mts into out/bench/harness.mjs:
// core and the web host as the app runs them, and the pure functions the seed uses to write rows exactly as
// core would (term end, search text, the party's sort key).
export { createCore, newClient } from '../../electron/core'
export { startWebHost } from '../../electron/webhost/server'
export { computeTerm } from '../../shared/rules/seizure-term'
export { entryHash, GENESIS_HASH } from '../../electron/core/audit/chain'
export { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations'
export { seededRandom } from '../support/seeded-random'
export { partySortKey } from '../../electron/core/seizures/party-sort'
export { searchBody, gramsOf } from '../../electron/core/seizures/search'
export { categoryBit, OFFICER_SEPARATOR } from '../../electron/core/seizures/derived'
// 处罚案件 (case-seed.mjs): the deadline rules core caches, and core's own recompute to check the seeded rows by.
export { caseDeadlines } from '../../electron/core/cases/deadlines'
export { addWorkingDays, BUILT_IN_CALENDAR } from '../../shared/rules/working-days'
export { formatCaseNo } from '../../shared/domain/cases'
export { mustPublish } from '../../shared/rules/case-deadlines'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from '../../electron/core/db/schema'
import { refreshCaseDerived } from '../../electron/core/cases/derived'

const CACHED = ['decision_due', 'publication_due', 'withdrawal_due', 'payment_due', 'publicity_end', 'next_due', 'next_due_kind', 'officer_names', 'search_text'] as const

/** The cached columns of `ids` as core's refreshCaseDerived rewrites them, in a transaction rolled back after. */
export async function rederivedCases(dbFile: string, ids: readonly string[], today: string): Promise<Record<string, unknown>[]> {
  const sqlite = new BetterSqlite3(dbFile)
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  const rollback = new Error('rollback')
  let out: Record<string, unknown>[] = []
  try {
    await db.transaction().execute(async (trx) => {
      for (const id of ids) await refreshCaseDerived(trx, id, today)
      const rows = await trx.selectFrom('penalty_cases').select(['id', ...CACHED]).where('id', 'in', [...ids]).orderBy('id').execute()
      out = rows
      throw rollback
    })
  } catch (err) {
    if (err !== rollback) throw err
  } finally {
    await db.destroy()
  }
  return out
}
