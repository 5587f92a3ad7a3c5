import type { OpParsed } from '../../../shared/api'
import type { Batch } from '../../../shared/api/destruction-types'
import { formatBatchNo, WITNESS_CAPACITIES } from '../../../shared/domain/destruction'
import type { Transaction, Updateable } from 'kysely'
import type { Database } from '../db/schema'
import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { newId } from '../db/ids'
import { nextNumber } from '../db/counters'
import { AppError } from '../errors'
import { changedFields, createdFields } from '../audit/write'
import { localDate, todayOf } from '../clock'
import { batchFor, getBatch } from './repository'

// A batch's facts and its workflow: 草稿 → 待审批 → 已批准, sent back to 草稿, or a 草稿 voided. Execution and
// corrections are in execute-handlers.ts, lines in line-handlers.ts.

type Ops =
  | 'destruction.batch.get'
  | 'destruction.batch.create'
  | 'destruction.batch.update'
  | 'destruction.batch.submit'
  | 'destruction.batch.approve'
  | 'destruction.batch.return'
  | 'destruction.batch.void'
type Facts = OpParsed<'destruction.batch.create'>
type Trx = Transaction<Database>

const peopleText = {
  supervisors: (f: Facts) => f.supervisors.map((s) => `${s.name}（${s.office}）`).join('、'),
  witnesses: (f: Facts) => f.witnesses.map((w) => `${w.name}（${w.unit}，${WITNESS_CAPACITIES[w.capacity]}）`).join('、'),
}

/** The facts as the audit trail records them. */
function auditFacts(f: Facts): Record<string, unknown> {
  return {
    plannedDate: f.plannedDate,
    place: f.place,
    method: f.method,
    contractor: f.contractor,
    officers: f.officers,
    supervisors: peopleText.supervisors(f),
    witnesses: peopleText.witnesses(f),
    media: f.media,
    environmentNote: f.environmentNote,
    campaign: f.campaign,
    contact: f.contact,
    notes: f.notes,
  }
}

const columns = (f: Facts) => ({
  planned_date: f.plannedDate,
  place: f.place,
  method: f.method,
  contractor: f.contractor,
  media: f.media,
  environment_note: f.environmentNote,
  campaign: f.campaign,
  contact: f.contact,
  notes: f.notes,
})

async function writePeople(trx: Trx, batchId: string, f: Facts): Promise<void> {
  await trx.deleteFrom('destruction_people').where('batch_id', '=', batchId).execute()
  const rows = [
    ...f.officers.map((o, i) => ({ batch_id: batchId, role: 'officer' as const, position: i + 1, name: o.name, cert_no: o.certNo, unit: '', capacity: '' })),
    ...f.supervisors.map((s, i) => ({ batch_id: batchId, role: 'supervisor' as const, position: i + 1, name: s.name, cert_no: '', unit: s.office, capacity: '' })),
    ...f.witnesses.map((w, i) => ({ batch_id: batchId, role: 'witness' as const, position: i + 1, name: w.name, cert_no: '', unit: w.unit, capacity: w.capacity })),
  ]
  await trx.insertInto('destruction_people').values(rows).execute()
}

function factsOf(b: Batch): Facts {
  return {
    plannedDate: b.plannedDate,
    place: b.place,
    method: b.method,
    contractor: b.contractor,
    officers: b.officers,
    supervisors: b.supervisors,
    witnesses: b.witnesses,
    media: b.media,
    environmentNote: b.environmentNote,
    campaign: b.campaign,
    contact: b.contact,
    notes: b.notes,
  }
}

async function bump(trx: Trx, b: Batch, by: string, at: string, set: Updateable<Database['destruction_batches']> = {}): Promise<void> {
  await trx
    .updateTable('destruction_batches')
    .set({ ...set, version: b.version + 1, updated_at: at, updated_by: by })
    .where('id', '=', b.id)
    .where('version', '=', b.version)
    .execute()
}

export const batchHandlers: HandlerMap<Ops> = {
  'destruction.batch.get': async ({ id }, { trx }) => getBatch(trx, id),

  'destruction.batch.create': async (f, ctx) => {
    const by = actor(ctx).id
    const year = Number(todayOf(ctx).slice(0, 4))
    const seq = await nextNumber(ctx.trx, 'destruction_batch', year)
    const id = newId()
    const batchNo = formatBatchNo(year, seq)
    await ctx.trx
      .insertInto('destruction_batches')
      .values({ id, batch_year: year, batch_seq: seq, batch_no: batchNo, ...columns(f), submitted_at: null, submitted_by: null, approval_opinion: null, approval_date: null, approved_at: null, approved_by: null, actual_date: null, executed_at: null, executed_by: null, created_at: ctx.at, created_by: by, updated_at: ctx.at, updated_by: by, version: 1, voided_at: null, voided_by: null, void_reason: null })
      .execute()
    await writePeople(ctx.trx, id, f)
    await ctx.audit({ action: 'create', recordType: 'destruction_batch', recordId: id, changes: createdFields({ batchNo, ...auditFacts(f) }) })
    return getBatch(ctx.trx, id)
  },

  'destruction.batch.update': async ({ id, version, facts }, ctx) => {
    const by = actor(ctx).id
    const before = await batchFor(ctx.trx, id, version, ['draft'], '修改（只有草稿可以修改）')
    await bump(ctx.trx, before, by, ctx.at, columns(facts))
    await writePeople(ctx.trx, id, facts)
    const changes = changedFields(auditFacts(factsOf(before)), auditFacts(facts))
    if (Object.keys(changes).length > 0) await ctx.audit({ action: 'update', recordType: 'destruction_batch', recordId: id, changes })
    return getBatch(ctx.trx, id)
  },

  'destruction.batch.submit': async ({ id, version, request }, ctx) => {
    const by = actor(ctx).id
    const before = await batchFor(ctx.trx, id, version, ['draft'], '提交审批')
    if (before.lines.length === 0) throw new AppError('VALIDATION', '批次中还没有物品，请先加入待销毁物品', { lines: '请先加入待销毁物品' })
    await bump(ctx.trx, before, by, ctx.at, { status: 'submitted', request, submitted_at: ctx.at, submitted_by: by })
    await ctx.audit({ action: 'submit', recordType: 'destruction_batch', recordId: id, changes: { status: ['草稿', '待审批'], request: [before.request || null, request] }, note: request })
    return getBatch(ctx.trx, id)
  },

  'destruction.batch.approve': async ({ id, version, opinion, date }, ctx) => {
    const by = actor(ctx).id
    const today = todayOf(ctx)
    const before = await batchFor(ctx.trx, id, version, ['submitted'], '批准（须先提交审批）')
    if (date > today) throw new AppError('VALIDATION', '审批日期不能晚于今天', { date: '审批日期不能晚于今天' })
    // The office's calendar day of the submission (submittedAt is UTC: 07:00 in China is the day before there).
    const submittedOn = before.submittedAt ? localDate(Date.parse(before.submittedAt)) : ''
    if (submittedOn && date < submittedOn) throw new AppError('VALIDATION', `审批日期不能早于提交日期（${submittedOn}）`, { date: `审批日期不能早于提交日期（${submittedOn}）` })
    await bump(ctx.trx, before, by, ctx.at, { status: 'approved', approval_opinion: opinion, approval_date: date, approved_at: ctx.at, approved_by: by })
    await ctx.audit({ action: 'approve', recordType: 'destruction_batch', recordId: id, changes: { status: ['待审批', '已批准'], opinion: [null, opinion], approvalDate: [null, date] }, note: opinion })
    return getBatch(ctx.trx, id)
  },

  'destruction.batch.return': async ({ id, version, reason }, ctx) => {
    const by = actor(ctx).id
    const before = await batchFor(ctx.trx, id, version, ['submitted'], '退回（只有待审批的批次可以退回）')
    await bump(ctx.trx, before, by, ctx.at, { status: 'draft', return_reason: reason })
    await ctx.audit({ action: 'send_back', recordType: 'destruction_batch', recordId: id, changes: { status: ['待审批', '草稿'], returnReason: [before.returnReason || null, reason] }, note: reason })
    return getBatch(ctx.trx, id)
  },

  'destruction.batch.void': async ({ id, version, reason }, ctx) => {
    const by = actor(ctx).id
    const before = await batchFor(ctx.trx, id, version, ['draft'], '作废（只有草稿可以作废）')
    // Its quantities go back to the stock: the lines stay, holding nothing.
    await ctx.trx.updateTable('destruction_lines').set({ held_milli: 0 }).where('batch_id', '=', id).execute()
    await bump(ctx.trx, before, by, ctx.at, { voided_at: ctx.at, voided_by: by, void_reason: reason })
    await ctx.audit({ action: 'void', recordType: 'destruction_batch', recordId: id, note: reason })
    return getBatch(ctx.trx, id)
  },
}
