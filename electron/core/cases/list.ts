import { sql, type Expression, type Kysely, type SqlBool } from 'kysely'
import type { OpParsed } from '../../../shared/api'
import type { CasePage, CaseRow } from '../../../shared/api/case-types'
import type { CaseField, CaseStatus } from '../../../shared/domain/cases'
import { deadlineText, workingDaysLeft } from '../../../shared/rules/case-deadlines'
import { addWorkingDays, daysBetween, type HolidayCalendar } from '../../../shared/rules/working-days'
import type { Database } from '../db/schema'
import { columnContains as like, searchTerms } from '../seizures/search'
import { officeCalendar } from '../holidays/calendar'

// The case list: filters and sorts on the case's own row (the deadlines are cached columns, derived.ts).

type Db = Kysely<Database>
type Filter = OpParsed<'cases.list'>

const WORKING_KINDS = new Set(['publication', 'withdrawal'])
const DUE_LABELS: Record<string, string> = { decision: '作出处罚决定', publication: '公示处罚信息', withdrawal: '撤下公示', payment: '缴纳罚没款' }

type CaseFilterParsed = Omit<Filter, 'sort' | 'page' | 'pageSize'>

const PERIOD_COLUMN = { filing: 'c.filing_date', decision: 'c.decision_date', publication: 'c.published_on', police: 'c.police_date' } as const

/** The list's filters as conditions on one case row `c` (统计 counts with the same, so its figures equal the list's). */
export function caseConditions(f: CaseFilterParsed, today: string, calendar: HolidayCalendar): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = []
  const ref = sql.ref
  if (!f.includeVoided) where.push(sql<SqlBool>`${ref('c.voided_at')} IS NULL`)
  if (f.year !== null) where.push(sql<SqlBool>`${ref('c.case_year')} = ${f.year}`)
  if (f.field) where.push(sql<SqlBool>`${ref('c.field')} = ${f.field}`)
  if (f.statuses.length > 0) where.push(sql<SqlBool>`${ref('c.status')} IN (${sql.join(f.statuses)})`)
  if (f.unit) where.push(like('c.unit', f.unit))
  if (f.officer) where.push(like('c.officer_names', f.officer))
  if (f.penaltyKind) where.push(like('c.penalty_kinds', `"${f.penaltyKind}"`))
  if (f.createdBy) where.push(sql<SqlBool>`${ref('c.created_by')} = ${f.createdBy}`)
  if (f.procedure) where.push(sql<SqlBool>`${ref('c.procedure')} = ${f.procedure}`)
  for (const term of searchTerms(f.query)) where.push(like('c.search_text', term))
  if (f.due === 'overdue') where.push(sql<SqlBool>`${ref('c.next_due')} < ${today}`)
  // 5 working days ahead, by the office's calendar.
  if (f.due === 'soon') where.push(sql<SqlBool>`${ref('c.next_due')} BETWEEN ${today} AND ${addWorkingDays(today, 5, calendar).date}`)
  if (f.period) {
    const col = ref(PERIOD_COLUMN[f.period.basis])
    where.push(sql<SqlBool>`${col} BETWEEN ${f.period.from} AND ${f.period.to}`)
    // A decision revoked or changed is not counted as a penalty decided.
    if (f.period.basis === 'decision') where.push(sql<SqlBool>`${ref('c.revoked_on')} IS NULL`)
    if (f.timing && f.period.basis === 'decision') {
      const late = sql<SqlBool>`(${ref('c.decision_limit')} IS NOT NULL AND ${ref('c.decision_date')} > ${ref('c.decision_limit')})`
      where.push(f.timing === 'late' ? late : sql<SqlBool>`NOT ${late}`)
    }
    if (f.timing && f.period.basis === 'publication') {
      const late = sql<SqlBool>`(${ref('c.publication_due')} IS NOT NULL AND ${ref('c.published_on')} > ${ref('c.publication_due')})`
      where.push(f.timing === 'late' ? late : sql<SqlBool>`NOT ${late}`)
    }
  }
  return where
}

/** The filtered cases, to count or to page. */
export function filteredCases(db: Db, f: CaseFilterParsed, today: string, calendar: HolidayCalendar) {
  let q = db.selectFrom('penalty_cases as c')
  for (const w of caseConditions(f, today, calendar)) q = q.where(w)
  return q
}

export async function listCases(db: Db, f: Filter, today: string): Promise<CasePage> {
  const calendar = await officeCalendar(db)
  const q = filteredCases(db, f, today, calendar)
  const cols = ['c.id', 'c.case_no', 'c.decision_no', 'c.party_name', 'c.field', 'c.status', 'c.filing_date', 'c.decision_date', 'c.fine_fen', 'c.unit', 'c.next_due', 'c.next_due_kind', 'c.published_on', 'c.withdrawn_on', 'c.publication_due', 'c.publicity_end', 'c.early_stop_on', 'c.voided_at'] as const
  const offset = (f.page - 1) * f.pageSize
  // LIMIT and OFFSET as literals: with bound ones SQLite's planner prefers walking the case-number index to
  // skip the sort, even when a deadline filter finds a few dozen cases by the next_due index (~100× slower in SQL).
  const limit = (n: number) => sql.lit(n)
  const countOf = (x: typeof q) => x.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()
  const pageOf = async () => {
    if (f.sort === 'filingDate') return q.select(cols).orderBy('c.filing_date', 'desc').orderBy('c.case_year', 'desc').orderBy('c.case_seq', 'desc').limit(limit(f.pageSize)).offset(limit(offset)).execute()
    if (f.sort !== 'nextDue') return q.select(cols).orderBy('c.case_year', 'desc').orderBy('c.case_seq', 'desc').limit(limit(f.pageSize)).offset(limit(offset)).execute()
    // Deadline first, those without one last (as coalesce(next_due, '9999-12-31') would sort them, but without
    // sorting every case): the cases with one by the partial next_due index of migration 010, then the rest.
    const withDue = q.where('c.next_due', 'is not', null)
    const due = Number((await countOf(withDue)).n)
    const first = offset < due ? await withDue.select(cols).orderBy('c.next_due').orderBy('c.case_year', 'desc').orderBy('c.case_seq', 'desc').limit(limit(f.pageSize)).offset(limit(offset)).execute() : []
    if (first.length === f.pageSize) return first
    const rest = await q.where('c.next_due', 'is', null).select(cols).orderBy('c.case_year', 'desc').orderBy('c.case_seq', 'desc').limit(limit(f.pageSize - first.length)).offset(limit(Math.max(0, offset - due))).execute()
    return [...first, ...rest]
  }
  const [rows, count] = await Promise.all([pageOf(), countOf(q)])
  const out: CaseRow[] = rows.map((r) => {
    const working = WORKING_KINDS.has(r.next_due_kind ?? '')
    const left = r.next_due === null ? null : working ? workingDaysLeft(today, r.next_due, calendar) : daysBetween(today, r.next_due)
    const state: CaseRow['publicationState'] = r.withdrawn_on ? 'withdrawn' : r.published_on ? ((r.early_stop_on ?? r.publicity_end ?? '9999') < today ? 'expired' : 'published') : r.publication_due ? 'due' : 'not_required'
    return {
      id: r.id,
      caseNo: r.case_no,
      decisionNo: r.decision_no,
      partyName: r.party_name,
      field: r.field as CaseField,
      status: r.status as CaseStatus,
      filingDate: r.filing_date,
      decisionDate: r.decision_date,
      fineFen: r.fine_fen,
      unit: r.unit,
      nextDue: r.next_due && left !== null ? { label: DUE_LABELS[r.next_due_kind ?? ''] ?? '', date: r.next_due, text: deadlineText(left, working), overdue: left < 0 } : null,
      publicationState: state,
      voided: r.voided_at !== null,
    }
  })
  return { rows: out, total: Number(count.n) }
}
