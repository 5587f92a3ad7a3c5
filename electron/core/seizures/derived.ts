import { sql, type Transaction } from 'kysely'
import type { SeizureKind } from '../../../shared/domain/seizures'
import { computeTerm } from '../../../shared/rules/seizure-term'
import type { Database } from '../db/schema'
import { refreshSearch } from './search'

// The cached columns of a seizure (migration 004): term end, held and disposed quantities, total value, and
// its search text. Every write that changes their facts calls refreshDerived in its own transaction; the
// record view recomputes the same values from the facts, and a test checks the two agree.

type Trx = Transaction<Database>

export async function refreshDerived(trx: Trx, seizureId: string, today: string): Promise<void> {
  const s = await trx.selectFrom('seizures').select(['kind', 'decision_date', 'extension_days']).where('id', '=', seizureId).executeTakeFirstOrThrow()
  const pauses = await trx.selectFrom('seizure_pauses').select(['start_date', 'end_date']).where('seizure_id', '=', seizureId).where('voided_at', 'is', null).execute()
  const term = computeTerm(
    { kind: s.kind as SeizureKind, decisionDate: s.decision_date, extensionDays: s.extension_days, pauses: pauses.map((p) => ({ startDate: p.start_date, endDate: p.end_date })) },
    today,
  )
  const lines = await trx
    .selectFrom('seizure_items')
    .select(({ fn }) => [fn.coalesce(fn.sum<number>('qty_milli'), sql<number>`0`).as('qty'), fn.coalesce(fn.sum<number>('value_fen'), sql<number>`0`).as('value')])
    .where('seizure_id', '=', seizureId)
    .where('voided_at', 'is', null)
    .executeTakeFirstOrThrow()
  const out = await trx
    .selectFrom('seizure_outcomes')
    .select(({ fn }) => fn.coalesce(fn.sum<number>('qty_milli'), sql<number>`0`).as('qty'))
    .where('seizure_id', '=', seizureId)
    .where('voided_at', 'is', null)
    .executeTakeFirstOrThrow()
  await trx
    .updateTable('seizures')
    .set({ term_end: term.endDate, held_milli: lines.qty - out.qty, disposed_milli: out.qty, value_fen: lines.value })
    .where('id', '=', seizureId)
    .execute()
  await refreshSearch(trx, seizureId)
}

