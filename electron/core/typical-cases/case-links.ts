import type { Kysely } from 'kysely'
import type { CaseTypicalRow, TypicalWithdrawTodo } from '../../../shared/api/typical-types'
import type { CollectionStatus, TypicalStatus } from '../../../shared/domain/typical-cases'
import type { Database } from '../db/schema'
import type { HandlerMap } from '../handler'
import { getCase } from '../cases/repository'
import { todayOf } from '../clock'
import { withdrawalOf } from './repository'

// Where the 典型案例 meet the case register: a case's page lists the collections it was nominated to, and a
// published collection holding a case whose decision was changed or revoked is to be withdrawn by the case's
// own withdrawal day (工作台 and both pages show it).

type Db = Kysely<Database>

/** Published collections holding a revoked case, the earliest due first. */
export async function collectionsToWithdraw(db: Db, today: string): Promise<TypicalWithdrawTodo[]> {
  const rows = await db
    .selectFrom('typical_collections as k')
    .innerJoin('typical_entries as e', 'e.collection_id', 'k.id')
    .innerJoin('penalty_cases as c', 'c.id', 'e.case_id')
    .select(['k.id', 'k.name', 'c.case_no', 'c.revoked_on'])
    .where('k.status', '=', 'published')
    .where('k.voided_at', 'is', null)
    .where('e.voided_at', 'is', null)
    .where('c.revoked_on', 'is not', null)
    .orderBy('c.revoked_on')
    .limit(200)
    .execute()
  const byCollection = new Map<string, { name: string; entries: { caseNo: string; revokedOn: string | null }[] }>()
  for (const r of rows) {
    const k = byCollection.get(r.id) ?? { name: r.name, entries: [] }
    k.entries.push({ caseNo: r.case_no, revokedOn: r.revoked_on })
    byCollection.set(r.id, k)
  }
  const out: TypicalWithdrawTodo[] = []
  for (const [id, k] of byCollection) {
    const w = await withdrawalOf(db, k.entries, today)
    if (w) out.push({ id, name: k.name, ...w })
  }
  return out.sort((a, b) => a.due.localeCompare(b.due))
}

export const caseLinkHandlers: HandlerMap<'typical.forCase'> = {
  'typical.forCase': async ({ caseId }, ctx): Promise<CaseTypicalRow[]> => {
    const c = await getCase(ctx.trx, caseId, todayOf(ctx))
    const rows = await ctx.trx
      .selectFrom('typical_entries as e')
      .innerJoin('typical_collections as k', 'k.id', 'e.collection_id')
      .innerJoin('typical_versions as t', (j) => j.onRef('t.entry_id', '=', 'e.id').onRef('t.version_no', '=', 'e.current_version'))
      .select(['e.id', 't.title', 'e.status', 'k.id as collection_id', 'k.name', 'k.status as collection_status', 'k.year'])
      .where('e.case_id', '=', caseId)
      .where('e.voided_at', 'is', null)
      .where('k.voided_at', 'is', null)
      .orderBy('k.year', 'desc')
      .orderBy('k.created_at', 'desc')
      .execute()
    const withdrawal = await withdrawalOf(ctx.trx, [{ caseNo: c.caseNo, revokedOn: c.revokedOn }], todayOf(ctx))
    return rows.map((r) => ({
      entryId: r.id,
      title: r.title,
      status: r.status as TypicalStatus,
      collectionId: r.collection_id,
      collectionName: r.name,
      collectionStatus: r.collection_status as CollectionStatus,
      year: r.year,
      withdrawal: r.collection_status === 'published' ? withdrawal : null,
    }))
  },
}
