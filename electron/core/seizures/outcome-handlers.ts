import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { newId } from '../db/ids'
import { AppError } from '../errors'
import { OUTCOME_KINDS } from '../../../shared/domain/seizures'
import { formatQty } from '../../../shared/rules/decimal'
import { editableSeizure, getSeizure } from './repository'
import { todayOf as today } from '../clock'
import { refreshDerived } from './derived'
import { refuseBelowBatches } from '../destruction/seizure-guard'

// Outcomes per line and quantity: 解除并退还, 没收, 移送司法机关. The remaining quantity is derived and can
// never go negative: checked here with a clear message, and by a trigger beneath (migration 004).

type Ops = 'seizures.outcome.add' | 'seizures.outcome.void'

export const outcomeHandlers: HandlerMap<Ops> = {
  'seizures.outcome.add': async ({ id, version, itemId, kind, qtyMilli, date, docNo, receivingUnit, note }, ctx) => {
    const by = actor(ctx).id
    const day = today(ctx)
    const before = await editableSeizure(ctx.trx, id, version, day)
    const line = before.items.find((l) => l.id === itemId)
    if (!line) throw new AppError('NOT_FOUND', '本记录中没有这一行物品，请刷新后重试')
    if (qtyMilli > line.remainingMilli) {
      const msg = `处置数量超过剩余数量：第${line.lineNo}行“${line.name}”剩余 ${formatQty(line.remainingMilli)}${line.unit}`
      throw new AppError('VALIDATION', msg, { qtyMilli: msg })
    }
    if (date < before.decisionDate) throw new AppError('VALIDATION', '处置日期不能早于决定日期', { date: '处置日期不能早于决定日期' })
    if (date > day) throw new AppError('VALIDATION', '处置日期不能晚于今天', { date: '处置日期不能晚于今天' })
    const outcomeId = newId()
    await ctx.trx
      .insertInto('seizure_outcomes')
      .values({ id: outcomeId, seizure_id: id, item_id: itemId, kind, qty_milli: qtyMilli, date, doc_no: docNo, receiving_unit: kind === 'transfer' ? receivingUnit : '', note, created_at: ctx.at, created_by: by })
      .execute()
    await ctx.trx.updateTable('seizures').set({ version: version + 1, updated_at: ctx.at, updated_by: by }).where('id', '=', id).execute()
    await refreshDerived(ctx.trx, id, day)
    const text = `第${line.lineNo}行 ${line.name}：${OUTCOME_KINDS[kind]} ${formatQty(qtyMilli)}${line.unit}（${date}，${docNo}${kind === 'transfer' ? `，接收单位 ${receivingUnit}` : ''}）`
    await ctx.audit({ action: 'outcome', recordType: 'seizure', recordId: id, changes: { outcome: [null, text] } })
    return getSeizure(ctx.trx, id, day)
  },

  'seizures.outcome.void': async ({ id, version, outcomeId, reason }, ctx) => {
    const by = actor(ctx).id
    const day = today(ctx)
    const before = await editableSeizure(ctx.trx, id, version, day)
    const o = before.outcomes.find((x) => x.id === outcomeId)
    if (!o) throw new AppError('NOT_FOUND', '本记录中没有这条处置记录，请刷新后重试')
    if (o.voided) throw new AppError('STATE', '这条处置记录已作废')
    if (o.kind === 'confiscation') await refuseBelowBatches(ctx.trx, before, o)
    await ctx.trx.updateTable('seizure_outcomes').set({ voided_at: ctx.at, voided_by: by, void_reason: reason }).where('id', '=', outcomeId).execute()
    await ctx.trx.updateTable('seizures').set({ version: version + 1, updated_at: ctx.at, updated_by: by }).where('id', '=', id).execute()
    await refreshDerived(ctx.trx, id, day)
    const line = before.items.find((l) => l.id === o.itemId)
    const text = `第${o.lineNo}行 ${o.itemName}：${OUTCOME_KINDS[o.kind]} ${formatQty(o.qtyMilli)}${line?.unit ?? ''}（${o.date}，${o.docNo}）`
    await ctx.audit({ action: 'void', recordType: 'seizure', recordId: id, changes: { outcome: [text, null] }, note: reason })
    return getSeizure(ctx.trx, id, day)
  },
}
