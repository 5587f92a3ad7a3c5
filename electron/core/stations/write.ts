import type { Transaction } from 'kysely'
import type { StationFacts } from '../../../shared/api/station-types'
import type { StationStatus } from '../../../shared/domain/stations'
import type { Database } from '../db/schema'
import { nextNumber } from '../db/counters'
import { newId } from '../db/ids'
import { factColumns, searchTextOf } from './repository'

// Writing a new station, one place for the form and the sheet import: its number from the year's counter
// (never reused), the facts, its first state and that state's entry in the history.

/** 2026-FW-0001. */
export const stationNoOf = (year: number, seq: number) => `${year}-FW-${String(seq).padStart(4, '0')}`

export async function insertStation(trx: Transaction<Database>, f: StationFacts, status: Extract<StationStatus, 'preparing' | 'active'>, at: string, today: string, by: string): Promise<{ id: string; stationNo: string }> {
  const year = Number(today.slice(0, 4))
  const seq = await nextNumber(trx, 'station', year)
  const id = newId()
  const stationNo = stationNoOf(year, seq)
  await trx
    .insertInto('stations')
    .values({
      id,
      station_no: stationNo,
      reg_year: year,
      reg_seq: seq,
      ...factColumns(f),
      status,
      rectify_due: null,
      revoked_on: null,
      search_text: searchTextOf(stationNo, f),
      created_at: at,
      created_by: by,
      updated_at: at,
      updated_by: by,
      voided_at: null,
      voided_by: null,
      void_reason: null,
    })
    .execute()
  await trx.insertInto('station_status_changes').values({ id: newId(), station_id: id, from_status: null, to_status: status, on_date: today, reason: '', due_date: null, at, by }).execute()
  return { id, stationNo }
}
