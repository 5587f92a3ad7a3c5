import type { Kysely } from 'kysely'
import type { FigureSource } from '../../../shared/domain/campaigns'
import type { Database } from '../db/schema'
import { shareOf } from '../destruction/share'

// The figures Taizhang already holds for a campaign, per unit (the record's 承办单位): seizures linked to it,
// what executed batches linked to it destroyed (weight in grams, value in fen, in proportion for part of a
// line), and the typical cases of collections published within its period. Voided records, voided links,
// withdrawn collections and voided entries never count.

type Db = Kysely<Database>
export type RecordFigures = Map<string, Record<FigureSource, number>>

const empty = (): Record<FigureSource, number> => ({ seizures: 0, seizure_value: 0, destroyed_weight: 0, destroyed_value: 0, typical_published: 0 })

export async function recordFigures(db: Db, campaign: { id: string; start_date: string; end_date: string }): Promise<RecordFigures> {
  const out: RecordFigures = new Map()
  const of = (unit: string) => {
    let f = out.get(unit)
    if (!f) out.set(unit, (f = empty()))
    return f
  }
  const [seizures, lines, typical] = await Promise.all([
    db
      .selectFrom('campaign_links as k')
      .innerJoin('seizures as s', 's.id', 'k.record_id')
      .select(['s.unit', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('s.value_fen').as('value')])
      .where('k.campaign_id', '=', campaign.id)
      .where('k.record_type', '=', 'seizure')
      .where('k.voided_at', 'is', null)
      .where('s.voided_at', 'is', null)
      .groupBy('s.unit')
      .execute(),
    db
      .selectFrom('campaign_links as k')
      .innerJoin('destruction_batches as b', 'b.id', 'k.record_id')
      .innerJoin('destruction_lines as l', 'l.batch_id', 'b.id')
      .innerJoin('seizure_items as i', 'i.id', 'l.item_id')
      .innerJoin('seizures as s', 's.id', 'l.seizure_id')
      .select(['s.unit', 'l.destroyed_milli', 'l.destroyed_weight_g', 'i.qty_milli', 'i.weight_g', 'i.value_fen'])
      .where('k.campaign_id', '=', campaign.id)
      .where('k.record_type', '=', 'destruction_batch')
      .where('k.voided_at', 'is', null)
      .where('b.voided_at', 'is', null)
      .where('b.status', '=', 'executed')
      .where('l.destroyed_milli', '>', 0)
      .execute(),
    db
      .selectFrom('typical_collections as t')
      .innerJoin('typical_entries as e', 'e.collection_id', 't.id')
      .innerJoin('penalty_cases as c', 'c.id', 'e.case_id')
      .select(['c.unit', (eb) => eb.fn.countAll<number>().as('n')])
      .where('t.status', '=', 'published')
      .where('t.voided_at', 'is', null)
      .where('t.published_on', '>=', campaign.start_date)
      .where('t.published_on', '<=', campaign.end_date)
      .where('e.voided_at', 'is', null)
      .groupBy('c.unit')
      .execute(),
  ])
  for (const r of seizures) {
    const f = of(r.unit)
    f.seizures += Number(r.n)
    f.seizure_value += Number(r.value ?? 0)
  }
  for (const l of lines) {
    const f = of(l.unit)
    const done = l.destroyed_milli ?? 0
    f.destroyed_weight += l.destroyed_weight_g ?? shareOf(l.weight_g, done, l.qty_milli) ?? 0
    f.destroyed_value += shareOf(l.value_fen, done, l.qty_milli) ?? 0
  }
  for (const r of typical) of(r.unit).typical_published += Number(r.n)
  return out
}

export const figuresOfUnit = (all: RecordFigures, unit: string): Record<FigureSource, number> => all.get(unit) ?? empty()
