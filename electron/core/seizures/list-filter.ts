import { sql, type Expression, type SqlBool } from 'kysely'
import type { OpParsed } from '../../../shared/api'
import type { SeizureStatus } from '../../../shared/domain/seizures'
import { categoryBit } from './derived'
import { columnContains as like, searchTerms, seizureHolds, type Db } from './search'

// The register list's filters as conditions on one seizure row `s`: every one of them reads the row's own
// columns (the cached ones from derived.ts among them), so a walk in any order decides each row cheaply.

export type SeizureFilterParsed = Omit<OpParsed<'seizures.list'>, 'sort' | 'page' | 'pageSize'>

const overdue = (today: string) => sql<SqlBool>`(s.term_end IS NOT NULL AND s.term_end < ${today})`
const HELD_STATUSES: readonly SeizureStatus[] = ['overdue', 'partial', 'holding']

/** Only statuses of records still holding goods: the few found by the partial index seizures_held_ix. */
export const onlyHeld = (statuses: readonly SeizureStatus[]) => statuses.length > 0 && statuses.every((s) => HELD_STATUSES.includes(s))

/** A held record's status beyond holding: overdue, else partly disposed or not. */
function heldCondition(status: SeizureStatus, today: string): Expression<SqlBool> {
  if (status === 'overdue') return overdue(today)
  const anyOutcome = status === 'partial' ? sql<SqlBool>`s.disposed_milli > 0` : sql<SqlBool>`s.disposed_milli = 0`
  return sql<SqlBool>`NOT ${overdue(today)} AND ${anyOutcome}`
}

/** Every filter but the search terms, as conditions joined by AND. */
export function conditions(f: SeizureFilterParsed, today: string): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = []
  // A voided record is in no status: it holds nothing and is past every deadline. Spelled so that SQLite (with no
  // statistics) does not read it as a reason to scan seizures_decision_no_ux, a partial index over every live
  // record, row by row instead of the table; voided_at is never ''.
  if (!f.includeVoided || f.statuses.length > 0) out.push(sql<SqlBool>`coalesce(s.voided_at, '') = ''`)
  if (f.dateFrom) out.push(sql<SqlBool>`s.decision_date >= ${f.dateFrom}`)
  if (f.dateTo) out.push(sql<SqlBool>`s.decision_date <= ${f.dateTo}`)
  if (f.kinds.length > 0) out.push(sql<SqlBool>`s.kind IN (${sql.join(f.kinds)})`)
  if (f.unit) out.push(like('s.unit', f.unit))
  if (f.party) out.push(like('s.party_name', f.party))
  if (f.officer) out.push(like('s.officer_names', f.officer))
  if (f.category) out.push(sql<SqlBool>`(s.category_bits & ${categoryBit(f.category)}) <> 0`)
  if (f.createdBy) out.push(sql<SqlBool>`s.created_by = ${f.createdBy}`)
  if (f.outcome) {
    const from = f.outcomeFrom ? sql`AND o.date >= ${f.outcomeFrom}` : sql``
    const to = f.outcomeTo ? sql`AND o.date <= ${f.outcomeTo}` : sql``
    // IN, not EXISTS: SQLite then reads the period's outcomes by their date index and looks the seizures up,
    // instead of trying every seizure (10× faster for a year at 100,000 records).
    out.push(sql<SqlBool>`s.id IN (SELECT o.seizure_id FROM seizure_outcomes o WHERE o.kind = ${f.outcome} AND o.voided_at IS NULL ${from} ${to})`)
  }
  if (onlyHeld(f.statuses)) {
    // Spelled as the partial index's own condition, so SQLite uses it.
    out.push(sql<SqlBool>`s.held_milli > 0`)
    out.push(sql<SqlBool>`(${sql.join(f.statuses.map((st) => heldCondition(st, today)), sql` OR `)})`)
  } else if (f.statuses.length > 0) {
    const any = f.statuses.map((st) => (st === 'disposed' ? sql<SqlBool>`s.held_milli = 0` : sql<SqlBool>`(s.held_milli > 0 AND ${heldCondition(st, today)})`))
    out.push(sql<SqlBool>`(${sql.join(any, sql` OR `)})`)
  }
  return out
}

/** Texts that narrow the search: its terms, and the party filter (the party's name is in the search text). */
export const drivingTerms = (f: SeizureFilterParsed): string[] => [...searchTerms(f.query), ...(f.party ? [f.party] : [])]

/** True when nothing narrows the register: its size is then counted exactly, and cheaply. */
export const wholeRegister = (f: SeizureFilterParsed) =>
  searchTerms(f.query).length === 0 && !f.dateFrom && !f.dateTo && f.kinds.length === 0 && !f.unit && !f.party && !f.officer && !f.category && !f.outcome && !f.createdBy && f.statuses.length === 0

/** A bounded period (统计's drill-down: a year's decisions, a month's 没收): counted exactly, as the figure it opens from. */
export const boundedPeriod = (f: SeizureFilterParsed) => (f.dateFrom !== null && f.dateTo !== null) || f.outcome !== null

/** The filtered seizures with every condition and term checked on the row, to add columns and an order to. */
export function filtered(db: Db, f: SeizureFilterParsed, today: string) {
  let q = db.selectFrom('seizures as s')
  for (const c of conditions(f, today)) q = q.where(c)
  for (const term of searchTerms(f.query)) q = q.where(seizureHolds(term))
  return q
}
