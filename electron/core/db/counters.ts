import type { Transaction } from 'kysely'
import type { Database } from './schema'

/**
 * The next number of a kind in a year (1, 2, …), from the number_counters table: a number handed out is never
 * handed out again, even when its record is voided. Runs in the caller's transaction.
 */
export async function nextNumber(trx: Transaction<Database>, kind: string, year: number): Promise<number> {
  const row = await trx
    .insertInto('number_counters')
    .values({ kind, year, last_no: 1 })
    .onConflict((oc) => oc.columns(['kind', 'year']).doUpdateSet((eb) => ({ last_no: eb('number_counters.last_no', '+', 1) })))
    .returning('last_no')
    .executeTakeFirstOrThrow()
  return row.last_no
}
