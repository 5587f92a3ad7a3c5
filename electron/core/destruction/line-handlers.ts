import type { Transaction } from 'kysely'
import type { Batch } from '../../../shared/api/destruction-types'
import { formatQty } from '../../../shared/rules/decimal'
import type { Database } from '../db/schema'
import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { newId } from '../db/ids'
import { AppError } from '../errors'
import { batchFor } from './repository'
import { refreshBatch } from './refresh'

// The lines of a 草稿 batch, taken from the confiscated stock: whole or part of what is left of a line. What
// is left is checked here with a message naming the line; the CHECK on seizure_items (migration 008) refuses
// the same beneath, so one quantity is never in two live batches.

type Ops = 'destruction.lines.add' | 'destruction.lines.addSeizure' | 'destruction.lines.update' | 'destruction.lines.remove'
type Trx = Transaction<Database>

interface StockItem {
  id: string
  seizure_id: string
  line_no: number
  name: string
  unit: string
  confiscated_milli: number
  batch_milli: number
  voided_at: string | null
  register_no: string
  seizure_voided_at: string | null
}

async function stockItems(trx: Trx, ids: readonly string[]): Promise<Map<string, StockItem>> {
  const out = new Map<string, StockItem>()
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await trx
      .selectFrom('seizure_items as i')
      .innerJoin('seizures as s', 's.id', 'i.seizure_id')
      .select(['i.id', 'i.seizure_id', 'i.line_no', 'i.name', 'i.unit', 'i.confiscated_milli', 'i.batch_milli', 'i.voided_at', 's.register_no', 's.voided_at as seizure_voided_at'])
      .where('i.id', 'in', ids.slice(i, i + 500))
      .execute()
    for (const r of rows) out.set(r.id, r)
  }
  return out
}

const lineName = (i: Pick<StockItem, 'register_no' | 'line_no' | 'name'>) => `登记号 ${i.register_no} 第${i.line_no}行“${i.name}”`

/** Puts the requested quantities in the batch (null: all that is left), adding to a line already there. */
async function addLines(trx: Trx, batch: Batch, wanted: readonly { itemId: string; qtyMilli: number | null }[], by: string, at: string): Promise<string[]> {
  const items = await stockItems(trx, wanted.map((w) => w.itemId))
  const existing = new Map(batch.lines.map((l) => [l.itemId, l]))
  const added: string[] = []
  let position = batch.lines.reduce((m, l) => Math.max(m, l.position), 0)
  const seen = new Set<string>()
  for (const w of wanted) {
    if (seen.has(w.itemId)) throw new AppError('VALIDATION', '同一行物品重复选择')
    seen.add(w.itemId)
    const item = items.get(w.itemId)
    if (!item) throw new AppError('NOT_FOUND', '没有这一行物品，请刷新后重试')
    if (item.voided_at !== null || item.seizure_voided_at !== null) throw new AppError('STATE', `${lineName(item)}已作废，不能销毁`)
    const left = item.confiscated_milli - item.batch_milli
    const qty = w.qtyMilli ?? left
    if (left <= 0) {
      const code = item.confiscated_milli === 0 ? 'STATE' : 'CONFLICT'
      throw new AppError(code, item.confiscated_milli === 0 ? `${lineName(item)}没有没收的数量，不能销毁` : `${lineName(item)}已全部列入销毁批次，剩余待销毁 0${item.unit}`)
    }
    if (qty > left) {
      const msg = `超过待销毁数量：${lineName(item)}剩余待销毁 ${formatQty(left)}${item.unit}`
      throw new AppError('CONFLICT', msg, { qtyMilli: msg })
    }
    const line = existing.get(item.id)
    if (line) {
      const planned = line.plannedMilli + qty
      await trx.updateTable('destruction_lines').set({ planned_milli: planned, held_milli: planned }).where('id', '=', line.id).execute()
    } else {
      position += 1
      await trx
        .insertInto('destruction_lines')
        .values({ id: newId(), batch_id: batch.id, item_id: item.id, seizure_id: item.seizure_id, position, planned_milli: qty, destroyed_milli: null, destroyed_weight_g: null, short_reason: '', held_milli: qty, created_at: at, created_by: by })
        .execute()
    }
    added.push(`${lineName(item)} ${formatQty(qty)}${item.unit}`)
  }
  return added
}

async function bump(trx: Trx, b: Batch, by: string, at: string): Promise<void> {
  await trx.updateTable('destruction_batches').set({ version: b.version + 1, updated_at: at, updated_by: by }).where('id', '=', b.id).execute()
}

const linesChange = (added: string[]): Record<string, [unknown, unknown]> => Object.fromEntries(added.map((t, i) => [`items.${i + 1}.line`, [null, t]]))

export const lineHandlers: HandlerMap<Ops> = {
  'destruction.lines.add': async ({ id, version, lines }, ctx) => {
    const by = actor(ctx).id
    const before = await batchFor(ctx.trx, id, version, ['draft'], '加入物品（只有草稿可以修改）')
    const added = await addLines(ctx.trx, before, lines, by, ctx.at)
    await bump(ctx.trx, before, by, ctx.at)
    await ctx.audit({ action: 'update', recordType: 'destruction_batch', recordId: id, changes: linesChange(added), note: `加入 ${added.length} 行物品` })
    return refreshBatch(ctx.trx, id)
  },

  'destruction.lines.addSeizure': async ({ id, version, registerNo }, ctx) => {
    const by = actor(ctx).id
    const before = await batchFor(ctx.trx, id, version, ['draft'], '加入物品（只有草稿可以修改）')
    // A scanner may type full-width digits or trailing blanks; register numbers are 2027-0001.
    const no = registerNo.normalize('NFKC').replace(/\s+/g, '').replace(/[－—–]/g, '-')
    const s = await ctx.trx.selectFrom('seizures').select(['id', 'voided_at']).where('register_no', '=', no).executeTakeFirst()
    const msg = `没有登记号为 ${no} 的查扣记录`
    if (!s) throw new AppError('NOT_FOUND', msg, { registerNo: msg })
    if (s.voided_at !== null) throw new AppError('STATE', `登记号 ${no} 的查扣记录已作废`, { registerNo: `登记号 ${no} 的查扣记录已作废` })
    const rows = await ctx.trx
      .selectFrom('seizure_items')
      .select(['id'])
      .where('seizure_id', '=', s.id)
      .where('voided_at', 'is', null)
      .whereRef('confiscated_milli', '>', 'batch_milli')
      .orderBy('line_no')
      .execute()
    if (rows.length === 0) {
      const none = `登记号 ${no} 没有待销毁的物品（未没收，或已全部列入销毁批次）`
      throw new AppError('STATE', none, { registerNo: none })
    }
    const added = await addLines(ctx.trx, before, rows.map((r) => ({ itemId: r.id, qtyMilli: null })), by, ctx.at)
    await bump(ctx.trx, before, by, ctx.at)
    await ctx.audit({ action: 'update', recordType: 'destruction_batch', recordId: id, changes: linesChange(added), note: `按登记号 ${no} 加入 ${added.length} 行物品` })
    return { ...(await refreshBatch(ctx.trx, id)), added: added.length }
  },

  'destruction.lines.update': async ({ id, version, lineId, qtyMilli }, ctx) => {
    const by = actor(ctx).id
    const before = await batchFor(ctx.trx, id, version, ['draft'], '修改数量（只有草稿可以修改）')
    const line = before.lines.find((l) => l.id === lineId)
    if (!line) throw new AppError('NOT_FOUND', '批次中没有这一行，请刷新后重试')
    const item = (await stockItems(ctx.trx, [line.itemId])).get(line.itemId)
    const left = item ? item.confiscated_milli - item.batch_milli + line.plannedMilli : 0
    if (qtyMilli > left) {
      const msg = `超过待销毁数量：${line.registerNo} 第${line.lineNo}行“${line.name}”最多可列入 ${formatQty(left)}${line.unit}`
      throw new AppError('CONFLICT', msg, { qtyMilli: msg })
    }
    await ctx.trx.updateTable('destruction_lines').set({ planned_milli: qtyMilli, held_milli: qtyMilli }).where('id', '=', lineId).execute()
    await bump(ctx.trx, before, by, ctx.at)
    await ctx.audit({ action: 'update', recordType: 'destruction_batch', recordId: id, changes: { [`items.${line.position}.plannedMilli`]: [line.plannedMilli, qtyMilli] } })
    return refreshBatch(ctx.trx, id)
  },

  'destruction.lines.remove': async ({ id, version, lineId }, ctx) => {
    const by = actor(ctx).id
    const before = await batchFor(ctx.trx, id, version, ['draft'], '移出物品（只有草稿可以修改）')
    const line = before.lines.find((l) => l.id === lineId)
    if (!line) throw new AppError('NOT_FOUND', '批次中没有这一行，请刷新后重试')
    await ctx.trx.deleteFrom('destruction_lines').where('id', '=', lineId).execute()
    await bump(ctx.trx, before, by, ctx.at)
    const text = `登记号 ${line.registerNo} 第${line.lineNo}行“${line.name}” ${formatQty(line.plannedMilli)}${line.unit}`
    await ctx.audit({ action: 'update', recordType: 'destruction_batch', recordId: id, changes: { [`items.${line.position}.line`]: [text, null] } })
    return refreshBatch(ctx.trx, id)
  },
}
