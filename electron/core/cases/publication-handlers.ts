import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { AppError } from '../errors'
import { todayOf } from '../clock'
import { EARLY_STOP_CONDITIONS, PENALTY_KINDS, PUBLICATION_CHANNELS } from '../../../shared/domain/cases'
import { NO_EARLY_STOP } from '../../../shared/rules/case-deadlines'
import { editableCase, getCase } from './repository'
import { refreshCaseDerived } from './derived'

// 公示 (SAMR Order 45): recording the publication, a revoked or changed decision (to be withdrawn within 3
// working days), the withdrawal, and an early stop with the four conditions confirmed.

type Ops = 'cases.publication.record' | 'cases.revoke' | 'cases.publication.withdraw' | 'cases.publication.earlyStop'

const refuse = (field: string, message: string): never => {
  throw new AppError('VALIDATION', message, { [field]: message })
}

export const casePublicationHandlers: HandlerMap<Ops> = {
  'cases.publication.record': async ({ id, version, publishedOn, channel, publishedBy }, ctx) => {
    const today = todayOf(ctx)
    const before = await editableCase(ctx.trx, id, version, today, ['decided', 'executed', 'closed'], '登记公示')
    if (!before.mustPublish) throw new AppError('STATE', '该决定无需公示（简易程序或仅警告）')
    if (before.publication) throw new AppError('STATE', `已于 ${before.publication.publishedOn} 登记公示`)
    if (before.revokedOn) throw new AppError('STATE', '该处罚决定已被变更或撤销，不再公示')
    if (publishedOn < (before.decisionDate ?? '')) refuse('publishedOn', `公示日期不能早于决定日期（${before.decisionDate}）`)
    if (publishedOn > today) refuse('publishedOn', '公示日期不能晚于今天')
    await ctx.trx.updateTable('penalty_cases').set({ published_on: publishedOn, publication_channel: channel, published_by: publishedBy, version: version + 1, updated_at: ctx.at, updated_by: actor(ctx).id }).where('id', '=', id).execute()
    await refreshCaseDerived(ctx.trx, id, today)
    await ctx.audit({ action: 'update', recordType: 'penalty_case', recordId: id, changes: { publication: [null, `${publishedOn} 于${PUBLICATION_CHANNELS[channel]}公示（${publishedBy}）`] } })
    return getCase(ctx.trx, id, today)
  },

  'cases.revoke': async ({ id, version, date, reason }, ctx) => {
    const today = todayOf(ctx)
    const before = await editableCase(ctx.trx, id, version, today, ['decided', 'executed', 'closed'], '登记决定变更或撤销')
    if (before.revokedOn) throw new AppError('STATE', `已于 ${before.revokedOn} 登记`)
    if (date < (before.decisionDate ?? '')) refuse('date', `日期不能早于决定日期（${before.decisionDate}）`)
    if (date > today) refuse('date', '日期不能晚于今天')
    await ctx.trx.updateTable('penalty_cases').set({ revoked_on: date, revoke_reason: reason, version: version + 1, updated_at: ctx.at, updated_by: actor(ctx).id }).where('id', '=', id).execute()
    await refreshCaseDerived(ctx.trx, id, today)
    await ctx.audit({ action: 'update', recordType: 'penalty_case', recordId: id, changes: { revokedOn: [null, date] }, note: reason })
    return getCase(ctx.trx, id, today)
  },

  'cases.publication.withdraw': async ({ id, version, date, reason }, ctx) => {
    const today = todayOf(ctx)
    const before = await editableCase(ctx.trx, id, version, today, ['decided', 'executed', 'closed'], '撤下公示')
    const p = before.publication
    if (!p) throw new AppError('STATE', '尚未登记公示')
    if (p.withdrawnOn) throw new AppError('STATE', `已于 ${p.withdrawnOn} 撤下`)
    if (date < p.publishedOn) refuse('date', `撤下日期不能早于公示日期（${p.publishedOn}）`)
    if (date > today) refuse('date', '撤下日期不能晚于今天')
    await ctx.trx.updateTable('penalty_cases').set({ withdrawn_on: date, withdraw_reason: reason, version: version + 1, updated_at: ctx.at, updated_by: actor(ctx).id }).where('id', '=', id).execute()
    await refreshCaseDerived(ctx.trx, id, today)
    await ctx.audit({ action: 'update', recordType: 'penalty_case', recordId: id, changes: { withdrawnOn: [null, date] }, note: reason })
    return getCase(ctx.trx, id, today)
  },

  'cases.publication.earlyStop': async ({ id, version, date, conditions }, ctx) => {
    const today = todayOf(ctx)
    const before = await editableCase(ctx.trx, id, version, today, ['decided', 'executed', 'closed'], '提前停止公示')
    const p = before.publication
    if (!p || p.withdrawnOn) throw new AppError('STATE', '没有正在公示的信息')
    if (p.earlyStopOn) throw new AppError('STATE', `已于 ${p.earlyStopOn} 停止公示`)
    const barred = before.penaltyKinds.filter((k) => NO_EARLY_STOP.includes(k))
    if (barred.length > 0) throw new AppError('STATE', `受到${barred.map((k) => PENALTY_KINDS[k]).join('、')}处罚的，不得提前停止公示（公示规定第十四条）`)
    if (date < p.publishedOn) refuse('date', `停止公示日期不能早于公示日期（${p.publishedOn}）`)
    if (date > today) refuse('date', '停止公示日期不能晚于今天')
    await ctx.trx.updateTable('penalty_cases').set({ early_stop_on: date, early_stop_conditions: JSON.stringify(conditions), version: version + 1, updated_at: ctx.at, updated_by: actor(ctx).id }).where('id', '=', id).execute()
    await refreshCaseDerived(ctx.trx, id, today)
    await ctx.audit({ action: 'update', recordType: 'penalty_case', recordId: id, changes: { earlyStopOn: [null, date] }, note: conditions.map((c) => EARLY_STOP_CONDITIONS[c]).join('；') })
    return getCase(ctx.trx, id, today)
  },
}
