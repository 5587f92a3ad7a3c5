import type { Kysely } from 'kysely'
import type { TypicalTodo, TypicalWorkbench } from '../../../shared/api/typical-types'
import type { Database } from '../db/schema'
import type { HandlerMap } from '../handler'
import { collectionsToWithdraw } from './case-links'
import { todayOf } from '../clock'

// 工作台 · 典型案例: the cases waiting for an approver's review, and the drafts an approver returned (with the
// comment), oldest first, in collections still being written; and published collections to withdraw because a
// case in them was revoked.

type Db = Kysely<Database>

async function todos(db: Db, status: 'review' | 'draft', action: 'submit' | 'return'): Promise<TypicalTodo[]> {
  const rows = await db
    .selectFrom('typical_entries as e')
    .innerJoin('typical_collections as k', 'k.id', 'e.collection_id')
    .innerJoin('penalty_cases as c', 'c.id', 'e.case_id')
    .innerJoin('typical_versions as t', (j) => j.onRef('t.entry_id', '=', 'e.id').onRef('t.version_no', '=', 'e.current_version'))
    // The entry's last review step, which must be the one that put it where it is.
    .innerJoin('typical_reviews as r', (j) => j.onRef('r.entry_id', '=', 'e.id'))
    .select(['e.id', 't.title', 'k.name', 'c.case_no', 'r.at', 'r.comment'])
    .where('e.status', '=', status)
    .where('r.action', '=', action)
    .where('e.voided_at', 'is', null)
    .where('k.status', '=', 'open')
    .where('k.voided_at', 'is', null)
    .where('r.id', '=', (eb) => eb.selectFrom('typical_reviews as l').select('l.id').whereRef('l.entry_id', '=', 'e.id').orderBy('l.at', 'desc').orderBy('l.id', 'desc').limit(1))
    .orderBy('r.at')
    .limit(50)
    .execute()
  return rows.map((r) => ({ id: r.id, title: r.title, collectionName: r.name, caseNo: r.case_no, at: r.at, comment: r.comment }))
}

export const typicalWorkbenchHandlers: HandlerMap<'typical.workbench'> = {
  'typical.workbench': async (_input, ctx): Promise<TypicalWorkbench> => ({
    awaitingReview: await todos(ctx.trx, 'review', 'submit'),
    returned: await todos(ctx.trx, 'draft', 'return'),
    toWithdraw: await collectionsToWithdraw(ctx.trx, todayOf(ctx)),
  }),
}
