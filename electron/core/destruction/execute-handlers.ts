import type { Transaction, Updateable } from 'kysely'
import type { Batch, BatchLine } from '../../../shared/api/destruction-types'
import { formatKg, formatQty } from '../../../shared/rules/decimal'
import type { Database } from '../db/schema'
import type { HandlerContext, HandlerMap } from '../handler'
import { actor } from '../handler'
import { newId } from '../db/ids'
import { AppError } from '../errors'
import { todayOf } from '../clock'
import { batchFor } from './repository'
import { refreshBatch } from './refresh'
import { shareOf } from './share'

// Executing an approved batch, and the recorded corrections of a locked one. What was destroyed leaves the
// seizure lines in the same transaction (the lines' held quantity, so the stock and the seizure's history
// follow); a line destroyed short keeps the difference in the stock.

type Ops = 'destruction.batch.execute' | 'destruction.batch.correct'
type Trx = Transaction<Database>

const lineText = (l: BatchLine) => `第${l.position}行 登记号 ${l.registerNo} 第${l.lineNo}行“${l.name}”`

/** One history entry per seizure: 第2行 销毁 30瓶，批次 2027-XH-003. */
async function seizureHistory(ctx: HandlerContext, batchNo: string, entries: { line: BatchLine; text: string }[], note: string): Promise<void> {
  const bySeizure = new Map<string, Record<string, [unknown, unknown]>>()
  for (const { line, text } of entries) {
    const changes = bySeizure.get(line.seizureId) ?? {}
    changes[`items.${line.lineNo}.destroyed`] = [null, `${text}，批次 ${batchNo}`]
    bySeizure.set(line.seizureId, changes)
  }
  await ctx.audit([...bySeizure].map(([seizureId, changes]) => ({ action: 'destroy' as const, recordType: 'seizure' as const, recordId: seizureId, changes, note })))
}

/**
 * More destroyed than recorded takes the difference from the stock again: what went back may be in another
 * batch by now (the CHECK beneath would refuse it too, without a word a clerk can read).
 */
async function refuseBeyondStock(trx: Trx, b: Batch, line: BatchLine, more: number): Promise<void> {
  const item = await trx.selectFrom('seizure_items').select(['confiscated_milli', 'batch_milli']).where('id', '=', line.itemId).executeTakeFirstOrThrow()
  const left = item.confiscated_milli - item.batch_milli
  if (more <= left) return
  const holders = await trx
    .selectFrom('destruction_lines as l')
    .innerJoin('destruction_batches as d', 'd.id', 'l.batch_id')
    .select('d.batch_no')
    .where('l.item_id', '=', line.itemId)
    .where('l.held_milli', '>', 0)
    .where('d.id', '<>', b.id)
    .orderBy('d.batch_no')
    .execute()
  const inOthers = holders.length > 0 ? `，其余已列入批次 ${holders.map((h) => h.batch_no).join('、')}` : ''
  const msg = `登记号 ${line.registerNo} 第${line.lineNo}行“${line.name}”剩余待销毁 ${formatQty(left)}${line.unit}${inOthers}，实际销毁数量最多可更正为 ${formatQty((line.destroyedMilli ?? 0) + left)}${line.unit}`
  throw new AppError('CONFLICT', msg, { value: msg })
}

async function lock(trx: Trx, b: Batch, by: string, at: string, set: Updateable<Database['destruction_batches']>): Promise<void> {
  await trx.updateTable('destruction_batches').set({ ...set, version: b.version + 1, updated_at: at, updated_by: by }).where('id', '=', b.id).execute()
}

export const executeHandlers: HandlerMap<Ops> = {
  'destruction.batch.execute': async ({ id, version, actualDate, note, lines }, ctx) => {
    const by = actor(ctx).id
    const today = todayOf(ctx)
    const before = await batchFor(ctx.trx, id, version, ['approved'], '登记销毁（须先经审批）')
    const approvedOn = before.approval?.date ?? ''
    if (actualDate < approvedOn) throw new AppError('VALIDATION', `实际销毁日期不能早于审批日期（${approvedOn}）`, { actualDate: `实际销毁日期不能早于审批日期（${approvedOn}）` })
    if (actualDate > today) throw new AppError('VALIDATION', '实际销毁日期不能晚于今天', { actualDate: '实际销毁日期不能晚于今天' })
    const given = new Map(lines.map((l) => [l.lineId, l]))
    if (given.size !== lines.length) throw new AppError('VALIDATION', '同一行重复填写')
    const known = new Set(before.lines.map((l) => l.id))
    if (lines.some((l) => !known.has(l.lineId))) throw new AppError('NOT_FOUND', '批次中没有这一行，请刷新后重试')
    const fields: Record<string, string> = {}
    const done: { line: BatchLine; destroyed: number; weight: number | null; reason: string }[] = []
    for (const [i, line] of before.lines.entries()) {
      const g = given.get(line.id)
      const destroyed = g?.destroyedMilli ?? line.plannedMilli
      const reason = g?.reason ?? ''
      if (destroyed > line.plannedMilli) fields[`lines.${i}.destroyedMilli`] = `${lineText(line)}实际销毁数量不能超过计划数量 ${formatQty(line.plannedMilli)}${line.unit}`
      else if (destroyed !== line.plannedMilli && reason === '') fields[`lines.${i}.reason`] = `${lineText(line)}实际销毁 ${formatQty(destroyed)}${line.unit}，与计划 ${formatQty(line.plannedMilli)}${line.unit} 不符，请写明原因`
      const weight = g?.destroyedWeightG ?? shareOf(line.plannedWeightG, destroyed, line.plannedMilli)
      done.push({ line, destroyed, weight, reason: destroyed === line.plannedMilli ? '' : reason })
    }
    const first = Object.values(fields)[0]
    if (first) throw new AppError('VALIDATION', first, fields)
    for (const d of done) {
      await ctx.trx
        .updateTable('destruction_lines')
        .set({ destroyed_milli: d.destroyed, destroyed_weight_g: d.weight, short_reason: d.reason, held_milli: d.destroyed })
        .where('id', '=', d.line.id)
        .execute()
    }
    await lock(ctx.trx, before, by, ctx.at, { status: 'executed', actual_date: actualDate, execution_note: note, executed_at: ctx.at, executed_by: by })
    const changes: Record<string, [unknown, unknown]> = { status: ['已批准', '已销毁'], actualDate: [null, actualDate] }
    if (note) changes.executionNote = [null, note]
    for (const d of done) if (d.destroyed !== d.line.plannedMilli) changes[`items.${d.line.position}.destroyedMilli`] = [d.line.plannedMilli, d.destroyed]
    await ctx.audit({ action: 'execute', recordType: 'destruction_batch', recordId: id, changes, note: `${actualDate} 销毁 ${done.filter((d) => d.destroyed > 0).length} 行物品` })
    const destroyedLines = done.filter((d) => d.destroyed > 0).map((d) => ({ line: d.line, text: `销毁 ${formatQty(d.destroyed)}${d.line.unit}` }))
    await seizureHistory(ctx, before.batchNo, destroyedLines, `销毁日期 ${actualDate}`)
    return refreshBatch(ctx.trx, id)
  },

  'destruction.batch.correct': async (input, ctx) => {
    const by = actor(ctx).id
    const today = todayOf(ctx)
    const before = await batchFor(ctx.trx, input.id, input.version, ['executed'], '更正（只有已销毁的批次通过更正修改）')
    const correction = { id: newId(), batch_id: before.id, reason: input.reason, created_at: ctx.at, created_by: by }
    if (input.field === 'actualDate') {
      const approvedOn = before.approval?.date ?? ''
      if (input.value < approvedOn) throw new AppError('VALIDATION', `实际销毁日期不能早于审批日期（${approvedOn}）`, { value: `实际销毁日期不能早于审批日期（${approvedOn}）` })
      if (input.value > today) throw new AppError('VALIDATION', '实际销毁日期不能晚于今天', { value: '实际销毁日期不能晚于今天' })
      const old = before.execution?.actualDate ?? ''
      if (old === input.value) throw new AppError('VALIDATION', '新值与原值相同', { value: '新值与原值相同' })
      await ctx.trx.insertInto('destruction_corrections').values({ ...correction, line_id: null, field: '实际销毁日期', old_value: old, new_value: input.value }).execute()
      await lock(ctx.trx, before, by, ctx.at, { actual_date: input.value })
      await ctx.audit({ action: 'correct', recordType: 'destruction_batch', recordId: before.id, changes: { actualDate: [old, input.value] }, note: input.reason })
      return refreshBatch(ctx.trx, before.id)
    }
    const line = before.lines.find((l) => l.id === input.lineId)
    if (!line) throw new AppError('NOT_FOUND', '批次中没有这一行，请刷新后重试')
    if (input.field === 'destroyedMilli') {
      if (input.value > line.plannedMilli) throw new AppError('VALIDATION', `实际销毁数量不能超过计划数量 ${formatQty(line.plannedMilli)}${line.unit}`, { value: `不能超过计划数量 ${formatQty(line.plannedMilli)}${line.unit}` })
      const old = line.destroyedMilli ?? 0
      if (old === input.value) throw new AppError('VALIDATION', '新值与原值相同', { value: '新值与原值相同' })
      if (input.value > old) await refuseBeyondStock(ctx.trx, before, line, input.value - old)
      const field = `第${line.position}行 实际销毁数量`
      await ctx.trx.insertInto('destruction_corrections').values({ ...correction, line_id: line.id, field, old_value: `${formatQty(old)}${line.unit}`, new_value: `${formatQty(input.value)}${line.unit}` }).execute()
      await ctx.trx.updateTable('destruction_lines').set({ destroyed_milli: input.value, held_milli: input.value, short_reason: input.value === line.plannedMilli ? '' : input.reason }).where('id', '=', line.id).execute()
      await lock(ctx.trx, before, by, ctx.at, {})
      await ctx.audit({ action: 'correct', recordType: 'destruction_batch', recordId: before.id, changes: { [`items.${line.position}.destroyedMilli`]: [old, input.value] }, note: input.reason })
      await seizureHistory(ctx, before.batchNo, [{ line, text: `销毁数量更正 ${formatQty(old)} → ${formatQty(input.value)}${line.unit}` }], input.reason)
      return refreshBatch(ctx.trx, before.id)
    }
    const old = line.destroyedWeightG
    if (old === input.value) throw new AppError('VALIDATION', '新值与原值相同', { value: '新值与原值相同' })
    const field = `第${line.position}行 实际重量`
    await ctx.trx.insertInto('destruction_corrections').values({ ...correction, line_id: line.id, field, old_value: old === null ? '—' : `${formatKg(old)}千克`, new_value: `${formatKg(input.value)}千克` }).execute()
    await ctx.trx.updateTable('destruction_lines').set({ destroyed_weight_g: input.value }).where('id', '=', line.id).execute()
    await lock(ctx.trx, before, by, ctx.at, {})
    await ctx.audit({ action: 'correct', recordType: 'destruction_batch', recordId: before.id, changes: { [`items.${line.position}.destroyedWeightG`]: [old, input.value] }, note: input.reason })
    return refreshBatch(ctx.trx, before.id)
  },
}
