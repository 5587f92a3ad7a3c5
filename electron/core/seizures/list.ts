import { sql, type RawBuilder } from 'kysely'
import type { OpParsed } from '../../../shared/api'
import type { SeizurePage, SeizureRow } from '../../../shared/api/seizure-types'
import type { SeizureKind, SeizureStatus } from '../../../shared/domain/seizures'
import { daysBetween } from '../../../shared/rules/working-days'
import { OFFICER_SEPARATOR } from './derived'
import { boundedPeriod, conditions, drivingTerms, filtered, onlyHeld, wholeRegister, type SeizureFilterParsed } from './list-filter'
import { candidates, searchTerms, textHolds, type Db } from './search'

export type { SeizureFilterParsed } from './list-filter'
export { filtered } from './list-filter'

// The register list at 200,000 records. A page never waits for an exact count of a large result: matches are
// counted up to COUNT_BOUND (the page says 1万+), which is also the point where the plan changes.
// - At most COUNT_BOUND matches: they are gathered once, from the narrowest index (a search term's, the
//   partial index of held records, a date range) and sorted; the count comes with the page.
// - More: the page is read off the sort's index in order, each row checked, stopping at the page — with that
//   many matches a page is found within a few hundred rows.
// The whole register, unfiltered, is counted exactly (SQLite counts a table without reading its rows).

export const COUNT_BOUND = 1_000
/**
 * Records still holding goods are counted exactly (in practice: a bureau holds goods of a few thousand at most), and
 * so are those of a bounded period (a year's are some ten thousand at the busiest), which 统计's figures open.
 */
const HELD_BOUND = 1_000_000

type Sort = OpParsed<'seizures.list'>['sort']

/** Each sort's order, ending in the register number so it is total; each has its index (migration 007). */
function orderOf(sort: Sort): { expr: RawBuilder<unknown>; dir: 'asc' | 'desc' }[] {
  const dir = sort.order
  const register = [
    { expr: sql`s.register_year`, dir },
    { expr: sql`s.register_seq`, dir },
  ]
  const first: Record<Sort['field'], RawBuilder<unknown> | null> = {
    registerNo: null,
    decisionDate: sql`s.decision_date`,
    partyName: sql`s.party_sort`,
    // A paused term (no end date) sorts after every date, whichever the direction.
    termEnd: dir === 'asc' ? sql`coalesce(s.term_end, '9999-12-31')` : sql`coalesce(s.term_end, '0000-00-00')`,
    valueFen: sql`s.value_fen`,
  }
  const lead = first[sort.field]
  return lead ? [{ expr: lead, dir }, ...register] : register
}

const LIST_COLUMNS = [
  's.id',
  's.register_no',
  's.kind',
  's.decision_no',
  's.decision_date',
  's.party_name',
  's.unit',
  's.officer_names',
  's.term_end',
  's.voided_at',
  's.value_fen',
  's.held_milli',
  's.disposed_milli',
] as const

export async function listSeizures(db: Db, input: OpParsed<'seizures.list'>, today: string): Promise<SeizurePage> {
  const { sort, page, pageSize, ...f } = input
  const offset = (page - 1) * pageSize
  const order = orderOf(sort)
  const walk = () => {
    let q = filtered(db, f, today).select(LIST_COLUMNS)
    for (const o of order) q = q.orderBy(o.expr, o.dir)
    return q.limit(pageSize).offset(offset).execute()
  }

  if (wholeRegister(f)) {
    const [all, voided, rows] = await Promise.all([
      db.selectFrom('seizures').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      f.includeVoided ? { n: 0 } : db.selectFrom('seizures').select(({ fn }) => fn.countAll<number>().as('n')).where('voided_at', 'is not', null).executeTakeFirstOrThrow(),
      walk(),
    ])
    return { rows: await decorate(db, rows, today), total: all.n - voided.n, capped: false }
  }

  const matches = await matchesQuery(db, f, today)
  // Records still holding goods are few and their count is what the office acts on: counted exactly.
  const bound = onlyHeld(f.statuses) || boundedPeriod(f) ? HELD_BOUND : COUNT_BOUND
  // The matches (at most bound + 1) gathered once; counted and sorted with the page in one statement.
  let q = db
    // The bound as a literal: told the gathered rows are few, SQLite joins from them instead of walking the table.
    .with((w) => w('m').materialized(), () => matches.limit(sql.lit(bound + 1)))
    .selectFrom('m')
    .innerJoin('seizures as s', 's.id', 'm.id')
    .select(LIST_COLUMNS)
    .select(sql<number>`(SELECT count(*) FROM m)`.as('matched'))
  for (const o of order) q = q.orderBy(o.expr, o.dir)
  const gathered = await q.limit(pageSize).offset(offset).execute()
  let matched = gathered[0]?.matched
  if (matched === undefined) {
    // A page past the end: the matches still need counting.
    const c = await db.selectFrom(matches.limit(bound + 1).as('m')).select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    matched = c.n
  }
  if (matched <= bound) return { rows: await decorate(db, gathered, today), total: matched, capped: false }
  return { rows: await decorate(db, await walk(), today), total: COUNT_BOUND, capped: true }
}

/**
 * The matching ids, from the narrowest start: the records still holding goods when only their statuses are
 * asked for (a partial index), else the texts holding every search term (their index), else the table.
 */
async function matchesQuery(db: Db, f: SeizureFilterParsed, today: string) {
  const terms = drivingTerms(f)
  const rowConditions = conditions(f, today)
  if (terms.length === 0 || onlyHeld(f.statuses)) return filtered(db, f, today).select('s.id')
  let q = db
    .selectFrom(sql<{ rowid: number }>`(${candidates(terms)})`.as('c'))
    .innerJoin('seizure_search_text as t', 't.id', 'c.rowid')
    .innerJoin('seizures as s', 's.id', 't.seizure_id')
    .select('s.id')
  for (const c of rowConditions) q = q.where(c)
  // The party filter is checked on its column (among rowConditions); every search term on the text, the
  // narrowest too: the trigram index also folds non-ASCII letters' case, LIKE (and so the walk) does not.
  for (const t of searchTerms(f.query)) q = q.where(textHolds(t))
  return q
}

interface ListRow {
  id: string
  register_no: string
  kind: string
  decision_no: string
  decision_date: string
  party_name: string
  unit: string
  officer_names: string
  term_end: string | null
  voided_at: string | null
  value_fen: number
  held_milli: number
  disposed_milli: number
}

/** The page's item names and line counts, read for its rows only. */
async function decorate(db: Db, rows: readonly ListRow[], today: string): Promise<SeizureRow[]> {
  if (rows.length === 0) return []
  const lines = await db
    .selectFrom('seizure_items')
    .select(['seizure_id', 'name'])
    .where(
      'seizure_id',
      'in',
      rows.map((r) => r.id),
    )
    .where('voided_at', 'is', null)
    .orderBy('seizure_id')
    .orderBy('line_no')
    .execute()
  const names = new Map<string, string[]>()
  for (const l of lines) {
    const list = names.get(l.seizure_id)
    if (list) list.push(l.name)
    else names.set(l.seizure_id, [l.name])
  }
  return rows.map((r) => {
    const n = names.get(r.id) ?? []
    return toRow({ ...r, officers: r.officer_names.split(OFFICER_SEPARATOR).join('、'), item_names: n.slice(0, 3).join('、'), lines: n.length, remaining_milli: r.held_milli, any_outcome: r.disposed_milli > 0 ? 1 : 0 }, today)
  })
}

/** Every filtered row with its display columns, for exports (all rows, no page). */
export function rowsQuery(db: Db, f: SeizureFilterParsed, today: string) {
  return filtered(db, f, today).select([
    ...LIST_COLUMNS,
    sql<string>`replace(s.officer_names, ${OFFICER_SEPARATOR}, '、')`.as('officers'),
    sql<string>`(SELECT group_concat(name, '、') FROM (SELECT name FROM seizure_items WHERE seizure_id = s.id AND voided_at IS NULL ORDER BY line_no LIMIT 3))`.as('item_names'),
    sql<number>`(SELECT count(*) FROM seizure_items WHERE seizure_id = s.id AND voided_at IS NULL)`.as('lines'),
    's.held_milli as remaining_milli',
    sql<number>`(s.disposed_milli > 0)`.as('any_outcome'),
  ])
}

interface RowFacts {
  id: string
  register_no: string
  kind: string
  decision_no: string
  decision_date: string
  party_name: string
  unit: string
  officers: string | null
  item_names: string | null
  lines: number
  term_end: string | null
  voided_at: string | null
  value_fen: number
  remaining_milli: number
  any_outcome: number
}

export function toRow(r: RowFacts, today: string): SeizureRow {
  const held = r.remaining_milli > 0
  const daysLeft = r.term_end ? daysBetween(today, r.term_end) : null
  const overdue = held && daysLeft !== null && daysLeft < 0
  const status: SeizureStatus = !held ? 'disposed' : overdue ? 'overdue' : r.any_outcome ? 'partial' : 'holding'
  return {
    id: r.id,
    registerNo: r.register_no,
    kind: r.kind as SeizureKind,
    decisionNo: r.decision_no,
    decisionDate: r.decision_date,
    partyName: r.party_name,
    unit: r.unit,
    officers: r.officers ?? '',
    itemSummary: r.lines > 3 ? `${r.item_names}等${r.lines}项` : (r.item_names ?? ''),
    lines: r.lines,
    valueFen: r.value_fen,
    status,
    termEnd: r.term_end,
    daysLeft,
    overdue,
    voided: r.voided_at !== null,
  }
}

