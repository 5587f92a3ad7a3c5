import type { Transaction } from 'kysely'
import type { Batch } from '../../../shared/api/destruction-types'
import type { Database } from '../db/schema'
import { getBatch } from './repository'

/**
 * Reads the batch after a change to its lines and caches its totals on its row for the list (lines, kg, 元: the
 * plan until executed, what was destroyed after), in the same transaction.
 */
export async function refreshBatch(trx: Transaction<Database>, id: string): Promise<Batch> {
  const b = await getBatch(trx, id)
  const t = b.destroyed ?? b.planned
  await trx.updateTable('destruction_batches').set({ line_count: b.lines.length, weight_g: t.weightG, value_fen: t.valueFen }).where('id', '=', id).execute()
  return b
}
