import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { newId } from '../db/ids'
import { AppError } from '../errors'
import { PAUSE_KINDS } from '../../../shared/domain/seizures'
import { pauseProblem, type TermFacts } from '../../../shared/rules/seizure-term'
import type { Seizure } from '../../../shared/api/seizure-types'
import { editableSeizure, getSeizure } from './repository'
import { refreshDerived } from './derived'
import { todayOf as today } from '../clock'

// 检测、检验、检疫、技术鉴定 periods: not counted in the term (行政强制法 Art. 25 ¶3).

type Ops = 'seizures.pause.add' | 'seizures.pause.end' | 'seizures.pause.void'

const facts = (s: Seizure, exceptId?: string): TermFacts => ({
  kind: s.kind,
  decisionDate: s.decisionDate,
  extensionDays: s.extension?.days ?? null,
  pauses: s.pauses.filter((p) => !p.voided && p.id !== exceptId),
})

const span = (p: { startDate: string; endDate: string | null }) => `${p.startDate} 至 ${p.endDate ?? '（未结束）'}`

export const pauseHandlers: HandlerMap<Ops> = {
  'seizures.pause.add': async ({ id, version, kind, startDate, endDate, note }, ctx) => {
    const by = actor(ctx).id
    const day = today(ctx)
    const before = await editableSeizure(ctx.trx, id, version, day)
    const problem = pauseProblem(facts(before), { startDate, endDate }, day)
    if (problem) throw new AppError('STATE', problem)
    await ctx.trx
      .insertInto('seizure_pauses')
      .values({ id: newId(), seizure_id: id, kind, start_date: startDate, end_date: endDate, note, created_at: ctx.at, created_by: by })
      .execute()
    await ctx.trx.updateTable('seizures').set({ version: version + 1, updated_at: ctx.at, updated_by: by }).where('id', '=', id).execute()
    await refreshDerived(ctx.trx, id, day)
    await ctx.audit({ action: 'pause', recordType: 'seizure', recordId: id, changes: { pause: [null, `${PAUSE_KINDS[kind]} ${span({ startDate, endDate })}`] } })
    return getSeizure(ctx.trx, id, day)
  },

  'seizures.pause.end': async ({ id, version, pauseId, endDate }, ctx) => {
    const by = actor(ctx).id
    const day = today(ctx)
    const before = await editableSeizure(ctx.trx, id, version, day)
    const p = before.pauses.find((x) => x.id === pauseId && !x.voided)
    if (!p) throw new AppError('NOT_FOUND', '没有这段检测、鉴定期间，请刷新后重试')
    if (p.endDate !== null) throw new AppError('STATE', '这段期间已登记结束日期')
    // Checked as if the period were added whole now: same start, the given end.
    const problem = pauseProblem(facts(before, pauseId), { startDate: p.startDate, endDate }, day)
    if (problem) throw new AppError('STATE', problem)
    await ctx.trx.updateTable('seizure_pauses').set({ end_date: endDate }).where('id', '=', pauseId).execute()
    await ctx.trx.updateTable('seizures').set({ version: version + 1, updated_at: ctx.at, updated_by: by }).where('id', '=', id).execute()
    await refreshDerived(ctx.trx, id, day)
    await ctx.audit({ action: 'pause', recordType: 'seizure', recordId: id, changes: { pause: [`${PAUSE_KINDS[p.kind]} ${span(p)}`, `${PAUSE_KINDS[p.kind]} ${span({ startDate: p.startDate, endDate })}`] } })
    return getSeizure(ctx.trx, id, day)
  },

  'seizures.pause.void': async ({ id, version, pauseId, reason }, ctx) => {
    const by = actor(ctx).id
    const day = today(ctx)
    const before = await editableSeizure(ctx.trx, id, version, day)
    const p = before.pauses.find((x) => x.id === pauseId && !x.voided)
    if (!p) throw new AppError('NOT_FOUND', '没有这段检测、鉴定期间，请刷新后重试')
    await ctx.trx.updateTable('seizure_pauses').set({ voided_at: ctx.at, voided_by: by, void_reason: reason }).where('id', '=', pauseId).execute()
    await ctx.trx.updateTable('seizures').set({ version: version + 1, updated_at: ctx.at, updated_by: by }).where('id', '=', id).execute()
    await refreshDerived(ctx.trx, id, day)
    await ctx.audit({ action: 'void', recordType: 'seizure', recordId: id, changes: { pause: [`${PAUSE_KINDS[p.kind]} ${span(p)}`, null] }, note: reason })
    return getSeizure(ctx.trx, id, day)
  },
}
