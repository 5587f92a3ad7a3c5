import { sql, type Expression, type Kysely, type SqlBool } from 'kysely'
import type { OpParsed } from '../../../shared/api'
import type { StockPage, StockRow } from '../../../shared/api/destruction-types'
import type { ItemCategory } from '../../../shared/domain/seizures'
import type { Database } from '../db/schema'
import { columnContains as like, searchTerms } from '../seizures/search'
import { storagePaths } from '../seizures/repository'
import { confiscationsOf } from './repository'
import { shareOf } from './share'

// 待销毁物品: item lines with confiscated quantity no live batch holds. The partial index of migration 008 holds
// exactly these lines, so the list reads the few of them, newest seizure first, whatever the register's size.

type Db = Kysely<Database>
type Filter = OpParsed<'destruction.stock.list'>


async function locationAndBelow(db: Db, id: string): Promise<string[]> {
  const rows = await db.selectFrom('storage_locations').select(['id', 'parent_id']).execute()
  const out = [id]
  for (let i = 0; i < out.length; i++) for (const r of rows) if (r.parent_id === out[i]) out.push(r.id)
  return out
}

/** Below this, total × left × 2 + whole stays a 64-bit integer in SQLite (2⁶³ ≈ 9.22 × 10¹⁸). */
const SAFE_PRODUCT = 9_000_000_000_000_000_000n

/** SQL: the line's share of `column` can be computed in integers (NULL counts as safe: it adds nothing). */
const safe = (column: string) =>
  sql<SqlBool>`(${sql.ref(column)} IS NULL OR ${sql.ref(column)} <= (${sql.raw(SAFE_PRODUCT.toString())} - i.qty_milli) / ((i.confiscated_milli - i.batch_milli) * 2))`

const isSafe = (total: number | null, left: number, whole: number): boolean =>
  total === null || BigInt(total) * BigInt(left) * 2n + BigInt(whole) <= SAFE_PRODUCT

function stockQuery(db: Db, f: Filter, locations: string[] | null) {
  let q = db
    .selectFrom('seizure_items as i')
    .innerJoin('seizures as s', 's.id', 'i.seizure_id')
    // The partial index's own condition, written as there, so SQLite reads that index.
    .where(sql<SqlBool>`i.confiscated_milli > i.batch_milli`)
    .where('i.voided_at', 'is', null)
    .where('s.voided_at', 'is', null)
  if (f.category) q = q.where('i.category', '=', f.category)
  if (locations) q = q.where('i.storage_location_id', 'in', locations)
  if (f.unit) q = q.where(like('s.unit', f.unit))
  if (f.dateFrom || f.dateTo) {
    q = q.where(({ exists, selectFrom }) => {
      let o = selectFrom('seizure_outcomes as o').select(sql`1`.as('x')).whereRef('o.item_id', '=', 'i.id').where('o.kind', '=', 'confiscation').where('o.voided_at', 'is', null)
      if (f.dateFrom) o = o.where('o.date', '>=', f.dateFrom)
      if (f.dateTo) o = o.where('o.date', '<=', f.dateTo)
      return exists(o)
    })
  }
  for (const term of searchTerms(f.query)) {
    q = q.where(({ or }) => or(['s.register_no', 's.decision_no', 's.party_name', 'i.name', 'i.brand'].map((c) => like(c, term)) as Expression<SqlBool>[]))
  }
  return q
}

export async function listStock(db: Db, f: Filter): Promise<StockPage> {
  const locations = f.storageLocationId ? await locationAndBelow(db, f.storageLocationId) : null
  const [rows, groups, paths] = await Promise.all([
    stockQuery(db, f, locations)
      .select([
        'i.id', 'i.seizure_id', 'i.line_no', 'i.name', 'i.brand', 'i.spec', 'i.category', 'i.unit', 'i.qty_milli', 'i.weight_g', 'i.value_fen',
        'i.storage_location_id', 'i.confiscated_milli', 'i.batch_milli', 's.register_no', 's.decision_no', 's.party_name', 's.unit as handling_unit',
      ])
      .orderBy('s.register_year', 'desc')
      .orderBy('s.register_seq', 'desc')
      .orderBy('i.line_no')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    // Totals by unit in one pass; weight and value of what is left, each line's share rounded half up.
    stockQuery(db, f, locations)
      .select([
        'i.unit',
        sql<number>`count(*)`.as('lines'),
        sql<number>`sum(i.confiscated_milli - i.batch_milli)`.as('qty'),
        sql<number>`ifnull(sum(CASE WHEN ${safe('i.weight_g')} THEN (i.weight_g * (i.confiscated_milli - i.batch_milli) * 2 + i.qty_milli) / (i.qty_milli * 2) END), 0)`.as('weight'),
        sql<number>`ifnull(sum(CASE WHEN ${safe('i.value_fen')} THEN (i.value_fen * (i.confiscated_milli - i.batch_milli) * 2 + i.qty_milli) / (i.qty_milli * 2) END), 0)`.as('value'),
        sql<number>`sum(CASE WHEN ${safe('i.weight_g')} AND ${safe('i.value_fen')} THEN 0 ELSE 1 END)`.as('unsafe'),
      ])
      .groupBy('i.unit')
      .orderBy('i.unit')
      .execute(),
    storagePaths(db),
  ])
  // The rare lines whose share would pass SQLite's 64-bit integers (it then turns to floating point): in BigInt,
  // read only when the totals found some.
  const unsafe = groups.some((g) => Number(g.unsafe) > 0)
  const big = !unsafe ? [] : await stockQuery(db, f, locations)
    .select(['i.unit', 'i.qty_milli', 'i.weight_g', 'i.value_fen', 'i.confiscated_milli', 'i.batch_milli'])
    .where(sql<SqlBool>`NOT (${safe('i.weight_g')} AND ${safe('i.value_fen')})`)
    .execute()
  const extra = { weight: 0, value: 0 }
  for (const r of big) {
    const left = r.confiscated_milli - r.batch_milli
    if (!isSafe(r.weight_g, left, r.qty_milli)) extra.weight += shareOf(r.weight_g, left, r.qty_milli) ?? 0
    if (!isSafe(r.value_fen, left, r.qty_milli)) extra.value += shareOf(r.value_fen, left, r.qty_milli) ?? 0
  }
  const conf = await confiscationsOf(db, rows.map((r) => r.id))
  const out: StockRow[] = rows.map((r) => {
    const left = r.confiscated_milli - r.batch_milli
    return {
      itemId: r.id,
      seizureId: r.seizure_id,
      registerNo: r.register_no,
      decisionNo: r.decision_no,
      partyName: r.party_name,
      lineNo: r.line_no,
      name: r.name,
      brand: r.brand,
      spec: r.spec,
      category: r.category as ItemCategory,
      unit: r.unit,
      leftMilli: left,
      confiscatedMilli: r.confiscated_milli,
      weightG: shareOf(r.weight_g, left, r.qty_milli),
      valueFen: shareOf(r.value_fen, left, r.qty_milli),
      storageLocationPath: r.storage_location_id ? (paths.get(r.storage_location_id) ?? null) : null,
      confiscationDate: conf.get(r.id)?.date ?? '',
      confiscationDocNo: conf.get(r.id)?.docNo ?? '',
      handlingUnit: r.handling_unit,
    }
  })
  const totals = {
    lines: groups.reduce((n, g) => n + Number(g.lines), 0),
    units: groups.map((g) => ({ unit: g.unit, qtyMilli: Number(g.qty) })),
    weightG: groups.reduce((n, g) => n + Number(g.weight), extra.weight),
    valueFen: groups.reduce((n, g) => n + Number(g.value), extra.value),
  }
  return { rows: out, total: totals.lines, totals }
}
