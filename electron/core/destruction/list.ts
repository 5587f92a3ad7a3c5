import { sql, type Expression, type Kysely, type SqlBool } from 'kysely'
import type { OpParsed } from '../../../shared/api'
import type { BatchPage, BatchRow, DestructionWorkbench, SeizureBatchRef } from '../../../shared/api/destruction-types'
import type { BatchStatus, DestructionMethod } from '../../../shared/domain/destruction'
import type { Database } from '../db/schema'
import { columnContains as like, searchTerms } from '../seizures/search'

// The list of batches, the 工作台's two lists, and the batches holding a seizure's lines.

type Db = Kysely<Database>


function batchRows(db: Db) {
  return db
    .selectFrom('destruction_batches as b')
    .select(['b.id', 'b.batch_no', 'b.status', 'b.planned_date', 'b.actual_date', 'b.place', 'b.method', 'b.campaign', 'b.line_count', 'b.weight_g', 'b.value_fen', 'b.voided_at'])
}

const toRow = (r: { id: string; batch_no: string; status: string; planned_date: string; actual_date: string | null; place: string; method: string; campaign: string; line_count: number; weight_g: number; value_fen: number; voided_at: string | null }): BatchRow => ({
  id: r.id,
  batchNo: r.batch_no,
  status: r.status as BatchStatus,
  plannedDate: r.planned_date,
  actualDate: r.actual_date,
  place: r.place,
  method: r.method as DestructionMethod,
  campaign: r.campaign,
  lines: r.line_count,
  weightG: r.weight_g,
  valueFen: r.value_fen,
  voided: r.voided_at !== null,
})

type StatFilter = Pick<OpParsed<'destruction.batch.list'>, 'executedFrom' | 'executedTo' | 'method' | 'category' | 'unit'>

/**
 * 统计's conditions on a batch `b`: executed in the range, by a method, and holding destroyed goods of a category or
 * from a unit's seizures (the figures count only what was destroyed: a line destroyed in part counts, one not at all does not).
 */
export function batchStatConditions(f: StatFilter): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = []
  if (f.executedFrom) out.push(sql<SqlBool>`b.actual_date >= ${f.executedFrom}`)
  if (f.executedTo) out.push(sql<SqlBool>`b.actual_date <= ${f.executedTo}`)
  if (f.method) out.push(sql<SqlBool>`b.method = ${f.method}`)
  if (f.category || f.unit) {
    const category = f.category ? sql`AND i.category = ${f.category}` : sql``
    const unit = f.unit ? sql`AND ${like('s.unit', f.unit)}` : sql``
    out.push(sql<SqlBool>`EXISTS (SELECT 1 FROM destruction_lines l JOIN seizure_items i ON i.id = l.item_id JOIN seizures s ON s.id = l.seizure_id WHERE l.batch_id = b.id AND l.destroyed_milli > 0 ${category} ${unit})`)
  }
  return out
}

export async function listBatches(db: Db, f: OpParsed<'destruction.batch.list'>): Promise<BatchPage> {
  let q = batchRows(db)
  if (!f.includeVoided) q = q.where('b.voided_at', 'is', null)
  if (f.statuses.length > 0) q = q.where('b.status', 'in', f.statuses)
  if (f.year !== null) q = q.where('b.batch_year', '=', f.year)
  for (const term of searchTerms(f.query)) q = q.where(({ or }) => or([like('b.batch_no', term), like('b.place', term), like('b.campaign', term)]))
  for (const c of batchStatConditions(f)) q = q.where(c)
  if (f.createdBy) q = q.where('b.created_by', '=', f.createdBy)
  const [rows, count] = await Promise.all([
    q.orderBy('b.batch_year', 'desc').orderBy('b.batch_seq', 'desc').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute(),
    q.clearSelect().select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows: rows.map(toRow), total: Number(count.n) }
}

export async function destructionWorkbench(db: Db): Promise<DestructionWorkbench> {
  const of = (status: BatchStatus) => batchRows(db).where('b.status', '=', status).where('b.voided_at', 'is', null).orderBy('b.planned_date').limit(50).execute()
  const [submitted, approved] = await Promise.all([of('submitted'), of('approved')])
  return { awaitingApproval: submitted.map(toRow), approvedNotExecuted: approved.map(toRow) }
}

export async function batchesForSeizure(db: Db, seizureId: string): Promise<SeizureBatchRef[]> {
  const rows = await db
    .selectFrom('destruction_lines as l')
    .innerJoin('destruction_batches as b', 'b.id', 'l.batch_id')
    .innerJoin('seizure_items as i', 'i.id', 'l.item_id')
    .select(['b.id', 'b.batch_no', 'b.status', 'i.line_no', 'i.name', 'i.unit', 'l.planned_milli', 'l.destroyed_milli'])
    .where('l.seizure_id', '=', seizureId)
    .where('b.voided_at', 'is', null)
    .orderBy('b.batch_year')
    .orderBy('b.batch_seq')
    .orderBy('i.line_no')
    .execute()
  const out = new Map<string, SeizureBatchRef>()
  for (const r of rows) {
    let ref = out.get(r.id)
    if (!ref) out.set(r.id, (ref = { batchId: r.id, batchNo: r.batch_no, status: r.status as BatchStatus, lines: [] }))
    ref.lines.push({ lineNo: r.line_no, name: r.name, unit: r.unit, plannedMilli: r.planned_milli, destroyedMilli: r.destroyed_milli })
  }
  return [...out.values()]
}
