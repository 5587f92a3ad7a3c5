import type { SeizureSuggestions } from '../../../shared/api/seizure-types'
import type { Db } from './search'

// Values typed before, most used first, so a clerk picks rather than retypes (and spells them the same way).
export async function suggestions(db: Db): Promise<SeizureSuggestions> {
  const [units, officers, places] = await Promise.all([
    db.selectFrom('seizures').select('unit').where('voided_at', 'is', null).groupBy('unit').orderBy((eb) => eb.fn.countAll(), 'desc').limit(50).execute(),
    db
      .selectFrom('seizure_officers as o')
      .innerJoin('seizures as s', 's.id', 'o.seizure_id')
      .select(['o.name', 'o.cert_no'])
      .where('s.voided_at', 'is', null)
      .groupBy(['o.name', 'o.cert_no'])
      .orderBy((eb) => eb.fn.countAll(), 'desc')
      .limit(100)
      .execute(),
    db.selectFrom('seizures').select('place').where('voided_at', 'is', null).groupBy('place').orderBy((eb) => eb.fn.max('created_at'), 'desc').limit(50).execute(),
  ])
  return {
    units: units.map((u) => u.unit),
    officers: officers.map((o) => ({ name: o.name, certNo: o.cert_no })),
    places: places.map((p) => p.place),
  }
}
