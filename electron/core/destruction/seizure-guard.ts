import type { Kysely } from 'kysely'
import type { Outcome, Seizure } from '../../../shared/api/seizure-types'
import { formatQty } from '../../../shared/rules/decimal'
import type { Database } from '../db/schema'
import { AppError } from '../errors'

// What the seizure register may not undo while destruction batches hold its goods: a 没收 outcome voided below
// what the batches hold. Refused here naming the batches; the CHECK on seizure_items refuses it beneath.

export async function refuseBelowBatches(db: Kysely<Database>, seizure: Seizure, outcome: Outcome): Promise<void> {
  const line = seizure.items.find((i) => i.id === outcome.itemId)
  if (!line || line.inBatchMilli === 0) return
  const confiscated = line.disposedMilli.confiscation
  if (confiscated - outcome.qtyMilli >= line.inBatchMilli) return
  const batches = await db
    .selectFrom('destruction_lines as l')
    .innerJoin('destruction_batches as b', 'b.id', 'l.batch_id')
    .select(['b.batch_no'])
    .where('l.item_id', '=', line.id)
    .where('l.held_milli', '>', 0)
    .orderBy('b.batch_no')
    .execute()
  const names = [...new Set(batches.map((b) => b.batch_no))].join('、')
  throw new AppError(
    'STATE',
    `第${line.lineNo}行“${line.name}”已有 ${formatQty(line.inBatchMilli)}${line.unit} 列入销毁批次 ${names}，不能作废这条没收记录；请先从批次中移出或作废草稿批次`,
  )
}
