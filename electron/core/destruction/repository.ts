import type { Kysely } from 'kysely'
import type { Batch, BatchLine, BatchStep } from '../../../shared/api/destruction-types'
import type { BatchStatus, DestructionMethod, WitnessCapacity } from '../../../shared/domain/destruction'
import type { ItemCategory } from '../../../shared/domain/seizures'
import type { Database } from '../db/schema'
import { AppError } from '../errors'
import { voidedOf } from '../db/voided'
import { storagePaths } from '../seizures/repository'
import { shareOf, totalsOf } from './share'

// Reads one destruction batch with its people, lines (and the seizures they come from), corrections and steps.

type Db = Kysely<Database>

/** The latest live 没收 outcome of each line: its date and 文号 (the penalty decision). */
export async function confiscationsOf(db: Db, itemIds: readonly string[]): Promise<Map<string, { date: string; docNo: string }>> {
  const out = new Map<string, { date: string; docNo: string }>()
  for (let i = 0; i < itemIds.length; i += 500) {
    const rows = await db
      .selectFrom('seizure_outcomes')
      .select(['item_id', 'date', 'doc_no'])
      .where('item_id', 'in', itemIds.slice(i, i + 500))
      .where('kind', '=', 'confiscation')
      .where('voided_at', 'is', null)
      .orderBy('date')
      .orderBy('created_at')
      .execute()
    for (const r of rows) out.set(r.item_id, { date: r.date, docNo: r.doc_no })
  }
  return out
}

export async function getBatch(db: Db, id: string): Promise<Batch> {
  const b = await db
    .selectFrom('destruction_batches as b')
    .innerJoin('users as c', 'c.id', 'b.created_by')
    .leftJoin('users as v', 'v.id', 'b.voided_by')
    .leftJoin('users as s', 's.id', 'b.submitted_by')
    .leftJoin('users as a', 'a.id', 'b.approved_by')
    .leftJoin('users as e', 'e.id', 'b.executed_by')
    .selectAll('b')
    .select(['c.name as created_by_name', 'v.name as voided_by_name', 's.name as submitted_by_name', 'a.name as approved_by_name', 'e.name as executed_by_name'])
    .where('b.id', '=', id)
    .executeTakeFirst()
  if (!b) throw new AppError('NOT_FOUND', '没有这个销毁批次')

  const [people, lineRows, corrections, steps, paths] = await Promise.all([
    db.selectFrom('destruction_people').selectAll().where('batch_id', '=', id).orderBy('role').orderBy('position').execute(),
    db
      .selectFrom('destruction_lines as l')
      .innerJoin('seizure_items as i', 'i.id', 'l.item_id')
      .innerJoin('seizures as s', 's.id', 'l.seizure_id')
      .select([
        'l.id', 'l.position', 'l.item_id', 'l.seizure_id', 'l.planned_milli', 'l.destroyed_milli', 'l.destroyed_weight_g', 'l.short_reason',
        'i.line_no', 'i.name', 'i.brand', 'i.spec', 'i.category', 'i.unit', 'i.qty_milli', 'i.weight_g', 'i.value_fen', 'i.storage_location_id',
        's.register_no', 's.decision_no', 's.party_name',
      ])
      .where('l.batch_id', '=', id)
      .orderBy('l.position')
      .execute(),
    db
      .selectFrom('destruction_corrections as k')
      .innerJoin('users as u', 'u.id', 'k.created_by')
      .select(['k.id', 'k.field', 'k.old_value', 'k.new_value', 'k.reason', 'k.created_at', 'u.name as by_name'])
      .where('k.batch_id', '=', id)
      .orderBy('k.created_at')
      .execute(),
    db
      .selectFrom('audit_log as a')
      .leftJoin('users as u', 'u.id', 'a.user_id')
      .select(['a.action', 'a.at', 'a.note', 'u.name as by_name'])
      .where('a.record_type', '=', 'destruction_batch')
      .where('a.record_id', '=', id)
      .where('a.action', 'in', ['create', 'submit', 'send_back', 'approve', 'execute', 'correct', 'void'])
      .orderBy('a.seq')
      .execute(),
    storagePaths(db),
  ])
  const conf = await confiscationsOf(db, lineRows.map((l) => l.item_id))
  const lines: BatchLine[] = lineRows.map((l) => ({
    id: l.id,
    position: l.position,
    itemId: l.item_id,
    seizureId: l.seizure_id,
    registerNo: l.register_no,
    decisionNo: l.decision_no,
    confiscationDocNo: conf.get(l.item_id)?.docNo ?? '',
    partyName: l.party_name,
    lineNo: l.line_no,
    name: l.name,
    brand: l.brand,
    spec: l.spec,
    category: l.category as ItemCategory,
    unit: l.unit,
    plannedMilli: l.planned_milli,
    plannedWeightG: shareOf(l.weight_g, l.planned_milli, l.qty_milli),
    valueFen: shareOf(l.value_fen, l.planned_milli, l.qty_milli),
    destroyedMilli: l.destroyed_milli,
    destroyedWeightG: l.destroyed_weight_g,
    shortReason: l.short_reason,
    storageLocationPath: l.storage_location_id ? (paths.get(l.storage_location_id) ?? null) : null,
  }))
  const valueOf = new Map(lineRows.map((l) => [l.id, l]))
  const status = b.status as BatchStatus
  const planned = totalsOf(lines.map((l) => ({ category: l.category, unit: l.unit, qtyMilli: l.plannedMilli, weightG: l.plannedWeightG, valueFen: l.valueFen })))
  const destroyed =
    status === 'executed'
      ? totalsOf(
          lines
            .filter((l) => (l.destroyedMilli ?? 0) > 0)
            .map((l) => {
              const r = valueOf.get(l.id)
              return { category: l.category, unit: l.unit, qtyMilli: l.destroyedMilli ?? 0, weightG: l.destroyedWeightG, valueFen: shareOf(r?.value_fen ?? null, l.destroyedMilli ?? 0, r?.qty_milli ?? 1) }
            }),
        )
      : null
  const stepText: Record<string, BatchStep['action']> = { create: 'create', submit: 'submit', send_back: 'return', approve: 'approve', execute: 'execute', correct: 'correct', void: 'void' }
  return {
    id: b.id,
    batchNo: b.batch_no,
    status,
    plannedDate: b.planned_date,
    place: b.place,
    method: b.method as DestructionMethod,
    contractor: b.contractor,
    officers: people.filter((p) => p.role === 'officer').map((p) => ({ name: p.name, certNo: p.cert_no })),
    supervisors: people.filter((p) => p.role === 'supervisor').map((p) => ({ name: p.name, office: p.unit })),
    witnesses: people.filter((p) => p.role === 'witness').map((p) => ({ name: p.name, unit: p.unit, capacity: p.capacity as WitnessCapacity })),
    media: b.media,
    environmentNote: b.environment_note,
    campaign: b.campaign,
    contact: b.contact,
    notes: b.notes,
    lines,
    planned,
    destroyed,
    request: b.request,
    submittedByName: b.submitted_by_name,
    submittedAt: b.submitted_at,
    returnReason: b.return_reason,
    approval: b.approved_at ? { opinion: b.approval_opinion ?? '', date: b.approval_date ?? '', byName: b.approved_by_name ?? '', at: b.approved_at } : null,
    execution: b.executed_at ? { actualDate: b.actual_date ?? '', note: b.execution_note, byName: b.executed_by_name ?? '', at: b.executed_at } : null,
    corrections: corrections.map((k) => ({ id: k.id, field: k.field, oldValue: k.old_value, newValue: k.new_value, reason: k.reason, byName: k.by_name, at: k.created_at })),
    steps: steps.map((s) => ({ action: stepText[s.action] ?? 'create', byName: s.by_name ?? '', at: s.at, text: s.note ?? '' })),
    createdAt: b.created_at,
    createdByName: b.created_by_name,
    updatedAt: b.updated_at,
    version: b.version,
    voided: voidedOf(b),
  }
}

const STATE_TEXT: Record<BatchStatus, string> = { draft: '草稿', submitted: '待审批', approved: '已批准', executed: '已销毁（已锁定）' }

/** A batch the caller may change in `allowed` states: exists, not voided, the version they read. */
export async function batchFor(db: Db, id: string, version: number, allowed: readonly BatchStatus[], doing: string): Promise<Batch> {
  const b = await getBatch(db, id)
  if (b.voided) throw new AppError('STATE', `批次 ${b.batchNo} 已作废，不能${doing}`)
  if (b.version !== version) throw new AppError('CONFLICT', `批次 ${b.batchNo} 已被他人修改，请刷新后重试`)
  if (!allowed.includes(b.status)) throw new AppError('STATE', `批次 ${b.batchNo} 当前为“${STATE_TEXT[b.status]}”，不能${doing}`)
  return b
}
