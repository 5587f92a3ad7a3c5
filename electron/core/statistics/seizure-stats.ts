import { sql, type Kysely, type SqlBool } from 'kysely'
import { ITEM_CATEGORIES, OUTCOME_KINDS, SEIZURE_KINDS, type ItemCategory, type OutcomeKind, type SeizureKind } from '../../../shared/domain/seizures'
import type { Period } from '../../../shared/rules/stat-periods'
import { seizureFilter } from '../../../shared/api/seizures'
import type { Database } from '../db/schema'
import { categoryBit } from '../seizures/derived'
import { filtered, type SeizureFilterParsed } from '../seizures/list-filter'
import { columnContains as like } from '../seizures/search'
import { monthOf } from './sql-dates'
import { byKey, col, drill, figure, monthRows, n, row, table, today, type AreaStatsFn, type StatScope } from './figures'

// 查扣: seizures by the date of their 查封/扣押 decision, their lines, value and weight, by kind, category, month
// and unit; what was released, confiscated or transferred in the period (by the outcome's date); overdue now.
// Every count is the register list's own filter counted (seizures/list-filter.ts), so it equals the list's.

type Db = Kysely<Database>

/** The register's filter with its defaults (the contract's own), narrowed to a unit and a decision period. */
const base = (unit: string, p: Period | null): SeizureFilterParsed => seizureFilter.parse({ unit, dateFrom: p?.from ?? null, dateTo: p?.to ?? null })

const listDrill = (f: SeizureFilterParsed) =>
  drill('/seizures', { from: f.dateFrom, to: f.dateTo, kind: f.kinds.join(','), category: f.category, unit: f.unit, status: f.statuses.join(','), outcome: f.outcome, ofrom: f.outcomeFrom, oto: f.outcomeTo })

const CATEGORY_KEYS = Object.keys(ITEM_CATEGORIES) as ItemCategory[]
const KIND_KEYS = Object.keys(SEIZURE_KINDS) as SeizureKind[]
const OUTCOME_KEYS = Object.keys(OUTCOME_KINDS) as OutcomeKind[]

async function totals(db: Db, f: SeizureFilterParsed, today: string) {
  const q = filtered(db, f, today)
  const [head, lines, months, units] = await Promise.all([
    q
      .select([
        sql<number>`count(*)`.as('n'),
        sql<number>`sum(s.value_fen)`.as('value'),
        ...KIND_KEYS.map((k) => sql<number>`sum(CASE WHEN s.kind = ${k} THEN 1 ELSE 0 END)`.as(`k_${k}`)),
        ...CATEGORY_KEYS.map((c) => sql<number>`sum(CASE WHEN (s.category_bits & ${categoryBit(c)}) <> 0 THEN 1 ELSE 0 END)`.as(`c_${c}`)),
      ])
      .executeTakeFirstOrThrow(),
    q
      .innerJoin('seizure_items as i', 'i.seizure_id', 's.id')
      .where('i.voided_at', 'is', null)
      .select([sql<string>`i.category`.as('k'), sql<number>`count(*)`.as('lines'), sql<number>`sum(coalesce(i.value_fen, 0))`.as('value'), sql<number>`sum(coalesce(i.weight_g, 0))`.as('weight')])
      .groupBy('i.category')
      .execute(),
    q.select([monthOf('s.decision_date').as('k'), sql<number>`count(*)`.as('n'), sql<number>`sum(s.value_fen)`.as('value')]).groupBy(monthOf('s.decision_date')).execute(),
    q.select([sql<string>`s.unit`.as('k'), sql<number>`count(*)`.as('n'), sql<number>`sum(s.value_fen)`.as('value')]).groupBy('s.unit').orderBy(sql`count(*)`, 'desc').execute(),
  ])
  return { head: head as Record<string, unknown>, lines, months, units }
}

/**
 * Per outcome kind, in one grouped read from the outcomes' date index: the live seizures with one in the period
 * (what the list filtered by that outcome counts), their lines, and the outcomes' share of value and weight.
 */
async function outcomes(db: Db, s: StatScope) {
  let q = db
    .selectFrom('seizure_outcomes as o')
    .innerJoin('seizure_items as i', 'i.id', 'o.item_id')
    .where('o.voided_at', 'is', null)
    .where('o.date', '>=', s.period.from)
    .where('o.date', '<=', s.period.to)
  // A unit is matched on the seizure; else only voided seizures are left out, found by their small partial index.
  q = s.unit
    ? q.innerJoin('seizures as s', 's.id', 'o.seizure_id').where(sql`coalesce(s.voided_at, '')`, '=', '').where(like('s.unit', s.unit))
    : q.where(sql<SqlBool>`o.seizure_id NOT IN (SELECT v.id FROM seizures v WHERE v.voided_at IS NOT NULL)`)
  // Each outcome's share of its line's value and weight, half up, in integers (as destruction/share.ts).
  const share = (column: 'i.value_fen' | 'i.weight_g') => sql<number>`sum((coalesce(${sql.ref(column)}, 0) * o.qty_milli * 2 + i.qty_milli) / (i.qty_milli * 2))`
  const sums = await q
    .select([sql<string>`o.kind`.as('k'), sql<number>`count(DISTINCT o.seizure_id)`.as('seizures'), sql<number>`count(DISTINCT o.item_id)`.as('lines'), share('i.value_fen').as('value'), share('i.weight_g').as('weight')])
    .groupBy('o.kind')
    .execute()
  const by = byKey(sums, (r) => [r.seizures, r.lines, r.value, r.weight])
  return OUTCOME_KEYS.map((k) => ({ kind: k, seizures: n(by.get(k)?.[0]), lines: n(by.get(k)?.[1]), value: n(by.get(k)?.[2]), weight: n(by.get(k)?.[3]) }))
}

export const seizureStats: AreaStatsFn = async (db, s) => {
  const f = base(s.unit, s.period)
  const [t, outs, overdue] = await Promise.all([
    totals(db, f, s.today),
    outcomes(db, s),
    filtered(db, { ...base(s.unit, null), statuses: ['overdue'] }, s.today).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ])
  const lineSum = (pick: (r: (typeof t.lines)[number]) => unknown) => t.lines.reduce((a, r) => a + n(pick(r)), 0)
  const byCategory = byKey(t.lines, (r) => [r.lines, r.value, r.weight])
  const figures = [
    figure('seizures', '查封扣押（含先行登记保存）', t.head.n, listDrill(f)),
    ...KIND_KEYS.map((k) => figure(`kind_${k}`, SEIZURE_KINDS[k], t.head[`k_${k}`], listDrill({ ...f, kinds: [k] }))),
    figure('lines', '物品明细', lineSum((r) => r.lines), listDrill(f), 'count', '行'),
    figure('value', '涉案物品货值', t.head.value, listDrill(f), 'fen'),
    figure('weight', '物品重量', lineSum((r) => r.weight), listDrill(f), 'g'),
    ...outs.flatMap((o) => {
      const d = listDrill({ ...base(s.unit, null), outcome: o.kind, outcomeFrom: s.period.from, outcomeTo: s.period.to })
      return [figure(`outcome_${o.kind}`, `${OUTCOME_KINDS[o.kind]}（件）`, o.seizures, d), figure(`outcome_${o.kind}_value`, `${OUTCOME_KINDS[o.kind]}物品货值`, o.value, d, 'fen')]
    }),
    today(figure('overdue', '目前超期在扣', overdue.n, listDrill({ ...base(s.unit, null), statuses: ['overdue'] }))),
  ]
  const tables = [
    table('by_month', '按月份', 'month', [col('件数'), col('货值', 'fen')], monthRows(s.period, byKey(t.months, (r) => [r.n, r.value]), 2, (p) => listDrill(base(s.unit, p)))),
    table(
      'by_category',
      '按物品类别',
      'bar',
      [col('件数'), col('物品明细', 'count', '行'), col('货值', 'fen'), col('重量', 'g')],
      CATEGORY_KEYS.filter((c) => n(t.head[`c_${c}`]) > 0).map((c) => row(c, ITEM_CATEGORIES[c], [t.head[`c_${c}`], ...(byCategory.get(c) ?? [0, 0, 0])], listDrill({ ...f, category: c }))),
    ),
    table(
      'by_outcome',
      '解除、没收、移送',
      null,
      [col('件数'), col('物品明细', 'count', '行'), col('货值', 'fen'), col('重量', 'g')],
      outs.map((o) => row(o.kind, OUTCOME_KINDS[o.kind], [o.seizures, o.lines, o.value, o.weight], listDrill({ ...base(s.unit, null), outcome: o.kind, outcomeFrom: s.period.from, outcomeTo: s.period.to }))),
    ),
    ...(s.unit ? [] : [table('by_unit', '按承办单位', 'bar', [col('件数'), col('货值', 'fen')], t.units.map((u) => row(u.k, u.k, [u.n, u.value], listDrill({ ...f, unit: u.k }))))]),
  ]
  return {
    section: { key: 'seizures', title: '查扣', basis: '按查封（扣押）决定日期计入期间；解除、没收、移送按处置日期；超期在扣为今天的数字。已作废的不计。', figures, tables },
    hasData: n(t.head.n) > 0 || outs.some((o) => o.seizures > 0),
  }
}
