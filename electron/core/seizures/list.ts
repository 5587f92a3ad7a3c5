import { sql, type Expression, type SqlBool } from 'kysely'
import type { OpParsed } from '../../../shared/api'
import type { SeizurePage, SeizureRow } from '../../../shared/api/seizure-types'
import type { SeizureKind, SeizureStatus } from '../../../shared/domain/seizures'
import { daysBetween } from '../../../shared/rules/working-days'
import { likeText, matchesTerm, searchTerms, type Db } from './search'

// The register list: filters, search, sort and paging in SQL so 100,000 records page quickly. Status comes
// from the cached held/disposed quantities and term end (derived.ts), as status.ts derives it for one record.

export type SeizureFilterParsed = Omit<OpParsed<'seizures.list'>, 'sort' | 'page' | 'pageSize'>

const remaining = sql<number>`s.held_milli`
const anyOutcome = sql<number>`(s.disposed_milli > 0)`

function statusCondition(status: SeizureStatus, today: string): Expression<SqlBool> {
  const overdue = sql<SqlBool>`(s.term_end IS NOT NULL AND s.term_end < ${today})`
  switch (status) {
    case 'disposed':
      return sql<SqlBool>`${remaining} = 0`
    case 'overdue':
      return sql<SqlBool>`${remaining} > 0 AND ${overdue}`
    case 'partial':
      return sql<SqlBool>`${remaining} > 0 AND NOT ${overdue} AND ${anyOutcome}`
    case 'holding':
      return sql<SqlBool>`${remaining} > 0 AND NOT ${overdue} AND NOT ${anyOutcome}`
  }
}

/** The filtered seizures, as a query to add columns, order and limits to. */
export function filtered(db: Db, f: SeizureFilterParsed, today: string) {
  let q = db.selectFrom('seizures as s')
  if (!f.includeVoided) q = q.where('s.voided_at', 'is', null)
  if (f.dateFrom) q = q.where('s.decision_date', '>=', f.dateFrom)
  if (f.dateTo) q = q.where('s.decision_date', '<=', f.dateTo)
  if (f.kinds.length > 0) q = q.where('s.kind', 'in', f.kinds)
  if (f.unit) q = q.where(sql<SqlBool>`s.unit LIKE ${likeText(f.unit)} ESCAPE '\\'`)
  if (f.party) q = q.where(sql<SqlBool>`s.party_name LIKE ${likeText(f.party)} ESCAPE '\\'`)
  if (f.officer) {
    const officer = f.officer
    q = q.where(({ exists, selectFrom }) => exists(selectFrom('seizure_officers as so').select('so.position').whereRef('so.seizure_id', '=', 's.id').where(sql<SqlBool>`so.name LIKE ${likeText(officer)} ESCAPE '\\'`)))
  }
  if (f.category) {
    const category = f.category
    q = q.where(({ exists, selectFrom }) =>
      exists(selectFrom('seizure_items as ci').select('ci.id').whereRef('ci.seizure_id', '=', 's.id').where('ci.category', '=', category).where('ci.voided_at', 'is', null)),
    )
  }
  for (const term of searchTerms(f.query)) q = q.where(matchesTerm(term))
  if (f.statuses.length > 0) {
    // A voided record is in no status: it holds nothing and is past every deadline.
    const conditions = f.statuses.map((st) => statusCondition(st, today))
    q = q.where('s.voided_at', 'is', null).where(({ or }) => or(conditions))
  }
  return q
}

const ORDER = {
  registerNo: ['s.register_year', 's.register_seq'],
  decisionDate: ['s.decision_date', 's.register_year', 's.register_seq'],
  partyName: ['s.party_name', 's.register_year', 's.register_seq'],
  // A paused term (no end date) sorts after every date, whichever the direction.
  termEnd: ['s.term_end', 's.register_year', 's.register_seq'],
  valueFen: ['s.value_fen', 's.register_year', 's.register_seq'],
} as const

export function rowsQuery(db: Db, f: SeizureFilterParsed, today: string) {
  return filtered(db, f, today).select([
    's.id',
    's.register_no',
    's.kind',
    's.decision_no',
    's.decision_date',
    's.party_name',
    's.unit',
    's.term_end',
    's.voided_at',
    sql<string>`(SELECT group_concat(name, '、') FROM (SELECT name FROM seizure_officers WHERE seizure_id = s.id ORDER BY position))`.as('officers'),
    sql<string>`(SELECT group_concat(name, '、') FROM (SELECT name FROM seizure_items WHERE seizure_id = s.id AND voided_at IS NULL ORDER BY line_no LIMIT 3))`.as('item_names'),
    sql<number>`(SELECT count(*) FROM seizure_items WHERE seizure_id = s.id AND voided_at IS NULL)`.as('lines'),
    's.value_fen',
    's.held_milli as remaining_milli',
    anyOutcome.as('any_outcome'),
  ])
}

type Row = Awaited<ReturnType<ReturnType<typeof rowsQuery>['execute']>>[number]

export function toRow(r: Row, today: string): SeizureRow {
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

export async function listSeizures(db: Db, input: OpParsed<'seizures.list'>, today: string): Promise<SeizurePage> {
  const { sort, page, pageSize, ...f } = input
  const total = await filtered(db, f, today)
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow()
  let q = rowsQuery(db, f, today)
  if (sort.field === 'termEnd') q = q.orderBy(sql`s.term_end IS NULL`)
  for (const col of ORDER[sort.field]) q = q.orderBy(sql.ref(col), sort.order)
  const rows = await q.limit(pageSize).offset((page - 1) * pageSize).execute()
  return { rows: rows.map((r) => toRow(r, today)), total: total.n }
}
