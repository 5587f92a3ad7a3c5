import { sql } from 'kysely'
import type { SeizureSuggestions } from '../../../shared/api/seizure-types'
import type { Db } from './search'

// Values typed before, most used first, so a clerk picks rather than retypes (and spells them the same way).
// Taken from the latest RECENT live records: what the office uses now (a unit renamed years ago is not offered
// first), and read in a few milliseconds however long the register grows.

export const RECENT = 2000

export async function suggestions(db: Db): Promise<SeizureSuggestions> {
  const recent = db
    .selectFrom('seizures')
    .select(['id', 'unit', 'place', 'created_at'])
    .where('voided_at', 'is', null)
    .orderBy('register_year', 'desc')
    .orderBy('register_seq', 'desc')
    // The bound as a literal: told the recent records are few, SQLite looks their officers up by record instead
    // of reading every officer row of the register (4 ms instead of 500 at 200,000 records).
    .limit(sql.lit(RECENT))
  const [units, officers, places] = await Promise.all([
    db.selectFrom(recent.as('r')).select('r.unit').groupBy('r.unit').orderBy((eb) => eb.fn.countAll(), 'desc').orderBy('r.unit').limit(50).execute(),
    db
      .selectFrom(recent.as('r'))
      .innerJoin('seizure_officers as o', 'o.seizure_id', 'r.id')
      .select(['o.name', 'o.cert_no'])
      .groupBy(['o.name', 'o.cert_no'])
      .orderBy((eb) => eb.fn.countAll(), 'desc')
      .orderBy('o.name')
      .limit(100)
      .execute(),
    db.selectFrom(recent.as('r')).select('r.place').groupBy('r.place').orderBy((eb) => eb.fn.max('r.created_at'), 'desc').orderBy('r.place').limit(50).execute(),
  ])
  return {
    units: units.map((u) => u.unit),
    officers: officers.map((o) => ({ name: o.name, certNo: o.cert_no })),
    places: places.map((p) => p.place),
  }
}
