import { sql, type Kysely, type SqlBool } from 'kysely'
import { DESTRUCTION_METHODS, type DestructionMethod } from '../../../shared/domain/destruction'
import { ITEM_CATEGORIES, type ItemCategory } from '../../../shared/domain/seizures'
import type { Period } from '../../../shared/rules/stat-periods'
import type { Database } from '../db/schema'
import { batchStatConditions } from '../destruction/list'
import { columnContains as like } from '../seizures/search'
import { monthOf } from './sql-dates'
import { byKey, col, drill, figure, monthRows, n, row, table, type AreaStatsFn, type StatScope } from './figures'

// 销毁: batches executed (销毁日期 in the period) and what they destroyed — lines, kg, value — by method, category
// and month. Only what was destroyed counts: a line destroyed in part with its part (its weight as weighed, its
// value as the line's share), one not destroyed not at all. For one unit: the goods of that unit's seizures.

type Db = Kysely<Database>
interface BatchFilter {
  executedFrom: string
  executedTo: string
  method: DestructionMethod | null
  category: ItemCategory | null
  unit: string
}

const listDrill = (f: BatchFilter) => drill('/destructions/batches', { status: 'executed', efrom: f.executedFrom, eto: f.executedTo, method: f.method, category: f.category, unit: f.unit })

/** The executed, live batches of the filter: the batch list's conditions (destruction/list.ts). */
function batches(db: Db, f: BatchFilter) {
  let q = db.selectFrom('destruction_batches as b').where('b.status', '=', 'executed').where('b.voided_at', 'is', null)
  for (const c of batchStatConditions(f)) q = q.where(c)
  return q
}

/** The destroyed lines of the executed batches in the period (and of the unit's seizures). */
function lines(db: Db, s: StatScope) {
  const q = db
    .selectFrom('destruction_lines as l')
    .innerJoin('destruction_batches as b', 'b.id', 'l.batch_id')
    .innerJoin('seizure_items as i', 'i.id', 'l.item_id')
    .where('b.status', '=', 'executed')
    .where('b.voided_at', 'is', null)
    .where('b.actual_date', '>=', s.period.from)
    .where('b.actual_date', '<=', s.period.to)
    .where('l.destroyed_milli', '>', 0)
  // The seizure only for a unit (as the batch list's unit filter matches it).
  return s.unit ? q.where(sql<SqlBool>`l.seizure_id IN (SELECT u.id FROM seizures u WHERE ${like('u.unit', s.unit)})`) : q
}

// The destroyed share of the line's value, half up in integers (destruction/share.ts shareOf).
const value = sql<number>`sum((coalesce(i.value_fen, 0) * l.destroyed_milli * 2 + i.qty_milli) / (i.qty_milli * 2))`
const weight = sql<number>`sum(coalesce(l.destroyed_weight_g, 0))`

const METHOD_KEYS = Object.keys(DESTRUCTION_METHODS) as DestructionMethod[]
const CATEGORY_KEYS = Object.keys(ITEM_CATEGORIES) as ItemCategory[]

export const destructionStats: AreaStatsFn = async (db, s) => {
  const f: BatchFilter = { executedFrom: s.period.from, executedTo: s.period.to, method: null, category: null, unit: s.unit }
  const count = (x: BatchFilter) => batches(db, x).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow().then((r) => n(r.n))
  const [total, groups, methodCounts, categoryCounts, monthCounts] = await Promise.all([
    count(f),
    // The destroyed lines read once, grouped by method, category and month (a few hundred groups at most), and
    // summed three ways below: one walk over the year's lines instead of one per table.
    lines(db, s)
      .select([sql<string>`b.method`.as('m'), sql<string>`i.category`.as('c'), monthOf('b.actual_date').as('mo'), sql<number>`count(*)`.as('lines'), weight.as('weight'), value.as('value')])
      .groupBy([sql`b.method`, sql`i.category`, monthOf('b.actual_date')])
      .execute(),
    // Batches are counted as the list counts them (a batch with nothing destroyed still was executed).
    batches(db, f).select([sql<string>`b.method`.as('k'), sql<number>`count(*)`.as('n')]).groupBy('b.method').execute(),
    Promise.all(CATEGORY_KEYS.map((c) => count({ ...f, category: c }))),
    batches(db, f).select([monthOf('b.actual_date').as('k'), sql<number>`count(*)`.as('n')]).groupBy(monthOf('b.actual_date')).execute(),
  ])
  /** [lines, weight, value] of the groups, by the key picked. */
  const sumBy = (pick: (g: (typeof groups)[number]) => string) => {
    const out = new Map<string, number[]>()
    for (const g of groups) {
      const t = out.get(pick(g)) ?? [0, 0, 0]
      out.set(pick(g), [t[0]! + n(g.lines), t[1]! + n(g.weight), t[2]! + n(g.value)])
    }
    return out
  }
  const sums = [...sumBy(() => '').values()][0] ?? [0, 0, 0]
  const methodN = byKey(methodCounts, (r) => [r.n])
  const monthN = byKey(monthCounts, (r) => [r.n])
  const monthSums = sumBy((g) => g.mo)
  const monthAll = new Map([...monthN.keys()].map((k) => [k, [monthN.get(k)![0], ...(monthSums.get(k)?.slice(1) ?? [0, 0])]]))
  const d = listDrill(f)
  const methodSums = sumBy((g) => g.m)
  const byMethod = new Map([...methodN.keys()].map((k) => [k, [methodN.get(k)![0], ...(methodSums.get(k) ?? [0, 0, 0])]]))
  const byCategory = sumBy((g) => g.c)
  const figures = [
    figure('batches', '执行销毁批次', total, d, 'count', '批'),
    figure('lines', '销毁物品明细', sums[0], d, 'count', '行'),
    figure('weight', '销毁重量', sums[1], d, 'g'),
    figure('value', '销毁物品货值', sums[2], d, 'fen'),
  ]
  const tables = [
    table('by_month', '按月份（销毁日期）', 'month', [col('批次', 'count', '批'), col('重量', 'g'), col('货值', 'fen')], monthRows(s.period, monthAll, 3, (p: Period) => listDrill({ ...f, executedFrom: p.from, executedTo: p.to }))),
    table('by_method', '按销毁方式', 'pie', [col('批次', 'count', '批'), col('物品明细', 'count', '行'), col('重量', 'g'), col('货值', 'fen')], METHOD_KEYS.filter((m) => byMethod.has(m)).map((m) => row(m, DESTRUCTION_METHODS[m], byMethod.get(m)!, listDrill({ ...f, method: m })))),
    table(
      'by_category',
      '按物品类别',
      'bar',
      [col('批次', 'count', '批'), col('物品明细', 'count', '行'), col('重量', 'g'), col('货值', 'fen')],
      CATEGORY_KEYS.map((c, i) => ({ c, batches: categoryCounts[i] ?? 0 }))
        .filter((x) => x.batches > 0)
        .map((x) => row(x.c, ITEM_CATEGORIES[x.c], [x.batches, ...(byCategory.get(x.c) ?? [0, 0, 0])], listDrill({ ...f, category: x.c }))),
    ),
  ]
  return {
    section: { key: 'destructions', title: '销毁', basis: '按销毁执行日期计入期间；只计实际销毁的数量、重量和货值（部分销毁的按实际销毁部分）。已作废的批次不计。', figures, tables },
    hasData: total > 0,
  }
}
