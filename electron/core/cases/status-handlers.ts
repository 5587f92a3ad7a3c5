import type { Updateable } from 'kysely'
import type { CaseRecord } from '../../../shared/api/case-types'
import { CASE_PAUSE_KINDS, CASE_STATUSES } from '../../../shared/domain/cases'
import { formatYuan } from '../../../shared/rules/decimal'
import type { Database } from '../db/schema'
import type { HandlerContext, HandlerMap } from '../handler'
import { actor } from '../handler'
import { newId } from '../db/ids'
import { AppError } from '../errors'
import { todayOf } from '../clock'
import { editableCase, getCase } from './repository'
import { refreshCaseDerived } from './derived'

// A case's status from 立案 to 结案, and the facts its deadlines run on: the decision, service, payment, the
// extensions and the periods not counted. Each refusal comes before anything is written.

type Ops =
  | 'cases.decide'
  | 'cases.end'
  | 'cases.serve'
  | 'cases.pay'
  | 'cases.execute'
  | 'cases.close'
  | 'cases.extend'
  | 'cases.pause.add'
  | 'cases.pause.end'
  | 'cases.pause.void'

const refuse = (field: string, message: string): never => {
  throw new AppError('VALIDATION', message, { [field]: message })
}

const notFuture = (field: string, label: string, date: string, today: string) => {
  if (date > today) refuse(field, `${label}不能晚于今天`)
}

/** Writes the change, bumps the version, recomputes the deadlines, audits, and returns the case read afresh. */
async function apply(ctx: HandlerContext, before: CaseRecord, set: Updateable<Database['penalty_cases']>, audit: { action: 'update' | 'extend' | 'pause' | 'void' | 'decide' | 'pay' | 'serve' | 'status'; changes: Record<string, [unknown, unknown]>; note?: string }): Promise<CaseRecord> {
  const by = actor(ctx).id
  const today = todayOf(ctx)
  await ctx.trx.updateTable('penalty_cases').set({ ...set, version: before.version + 1, updated_at: ctx.at, updated_by: by }).where('id', '=', before.id).execute()
  await refreshCaseDerived(ctx.trx, before.id, today)
  const action = audit.action === 'decide' || audit.action === 'status' || audit.action === 'serve' || audit.action === 'pay' ? 'update' : audit.action
  await ctx.audit({ action, recordType: 'penalty_case', recordId: before.id, changes: audit.changes, note: audit.note ?? null })
  return getCase(ctx.trx, before.id, today)
}

const statusChange = (from: CaseRecord, to: keyof typeof CASE_STATUSES): Record<string, [unknown, unknown]> => ({ status: [CASE_STATUSES[from.status], CASE_STATUSES[to]] })

export const caseStatusHandlers: HandlerMap<Ops> = {
  'cases.decide': async ({ id, version, decisionNo, decisionDate }, ctx) => {
    const today = todayOf(ctx)
    const before = await editableCase(ctx.trx, id, version, today, ['filed'], '登记处罚决定')
    if (decisionDate < before.filingDate) refuse('decisionDate', `决定日期不能早于立案日期（${before.filingDate}）`)
    notFuture('decisionDate', '决定日期', decisionDate, today)
    if (before.penaltyKinds.length === 0) throw new AppError('VALIDATION', '请先在案件信息中填写处罚种类', { penaltyKinds: '请先填写处罚种类' })
    const taken = await ctx.trx.selectFrom('penalty_cases').select('case_no').where('decision_no', '=', decisionNo).where('voided_at', 'is', null).where('id', '!=', id).executeTakeFirst()
    if (taken) refuse('decisionNo', `该处罚决定书文号已登记（案件 ${taken.case_no}）`)
    return apply(ctx, before, { status: 'decided', decision_no: decisionNo, decision_date: decisionDate }, { action: 'decide', changes: { ...statusChange(before, 'decided'), decisionNo: [null, decisionNo], decisionDate: [null, decisionDate] } })
  },

  'cases.end': async ({ id, version, outcome, date, reason }, ctx) => {
    const today = todayOf(ctx)
    const before = await editableCase(ctx.trx, id, version, today, ['filed'], CASE_STATUSES[outcome])
    if (date < before.filingDate) refuse('date', `日期不能早于立案日期（${before.filingDate}）`)
    notFuture('date', '日期', date, today)
    return apply(ctx, before, { status: outcome, end_date: date, end_reason: reason }, { action: 'status', changes: { ...statusChange(before, outcome), endDate: [null, date] }, note: reason })
  },

  'cases.serve': async ({ id, version, serviceDate }, ctx) => {
    const today = todayOf(ctx)
    const before = await editableCase(ctx.trx, id, version, today, ['decided'], '登记送达')
    if (serviceDate < (before.decisionDate ?? '')) refuse('serviceDate', `送达日期不能早于决定日期（${before.decisionDate}）`)
    notFuture('serviceDate', '送达日期', serviceDate, today)
    if (before.payment) refuse('serviceDate', '已登记缴款，不能再改送达日期')
    return apply(ctx, before, { service_date: serviceDate }, { action: 'serve', changes: { serviceDate: [before.serviceDate, serviceDate] } })
  },

  'cases.pay': async ({ id, version, paidOn, amountFen, surchargeFen }, ctx) => {
    const today = todayOf(ctx)
    const before = await editableCase(ctx.trx, id, version, today, ['decided'], '登记缴款')
    if (!before.serviceDate) refuse('paidOn', '请先登记决定书送达日期')
    if (paidOn < (before.serviceDate ?? '')) refuse('paidOn', `缴款日期不能早于送达日期（${before.serviceDate}）`)
    notFuture('paidOn', '缴款日期', paidOn, today)
    const owed = before.fineFen + before.gainsFen
    if (amountFen !== owed) refuse('amountFen', `缴款金额应为罚没款合计 ${formatYuan(owed)} 元`)
    return apply(ctx, before, { paid_on: paidOn, paid_fen: amountFen, surcharge_paid_fen: surchargeFen }, { action: 'pay', changes: { payment: [null, `${paidOn} 缴纳 ${formatYuan(amountFen)} 元${surchargeFen > 0 ? `，加处罚款 ${formatYuan(surchargeFen)} 元` : ''}`] } })
  },

  'cases.execute': async ({ id, version, date, note }, ctx) => {
    const today = todayOf(ctx)
    const before = await editableCase(ctx.trx, id, version, today, ['decided'], '登记执行完毕')
    if (date < (before.decisionDate ?? '')) refuse('date', `执行完毕日期不能早于决定日期（${before.decisionDate}）`)
    notFuture('date', '执行完毕日期', date, today)
    if (before.fineFen + before.gainsFen > 0 && !before.payment) refuse('date', '罚没款尚未缴纳，请先登记缴款')
    return apply(ctx, before, { status: 'executed', end_date: date }, { action: 'status', changes: { ...statusChange(before, 'executed'), endDate: [before.endDate, date] }, note })
  },

  'cases.close': async ({ id, version, date, note }, ctx) => {
    const today = todayOf(ctx)
    const before = await editableCase(ctx.trx, id, version, today, ['executed'], '结案')
    if (date < (before.endDate ?? '')) refuse('date', `结案日期不能早于执行完毕日期（${before.endDate}）`)
    notFuture('date', '结案日期', date, today)
    return apply(ctx, before, { status: 'closed', end_date: date }, { action: 'status', changes: { ...statusChange(before, 'closed'), endDate: [before.endDate, date] }, note })
  },

  'cases.extend': async ({ id, version, kind, date, approvedBy, reason, days }, ctx) => {
    const today = todayOf(ctx)
    const before = await editableCase(ctx.trx, id, version, today, ['filed'], '延长办案期限')
    if (date < before.filingDate) refuse('date', `批准日期不能早于立案日期（${before.filingDate}）`)
    notFuture('date', '批准日期', date, today)
    const approved = before.extensions.some((e) => e.kind === 'approved')
    if (kind === 'approved' && approved) refuse('kind', '负责人批准延长只有一次（30日）；仍不能作出决定的，由负责人集体讨论决定')
    if (kind === 'collective' && !approved) refuse('kind', '须先经负责人批准延长30日，仍不能作出决定的，方可集体讨论决定继续延长')
    const due = before.deadlines.find((d) => d.kind === 'decision')
    if (due?.date && date > due.date) refuse('date', `办案期限已于 ${due.date} 届满，延长须在期限届满前批准`)
    await ctx.trx.insertInto('case_extensions').values({ id: newId(), case_id: id, kind, date, approved_by: approvedBy, reason, days: kind === 'collective' ? days : null, created_at: ctx.at, created_by: actor(ctx).id }).execute()
    const text = kind === 'approved' ? `负责人 ${approvedBy} 批准延长30日（${date}）` : `集体讨论决定延长${days}日（${date}，${approvedBy}）`
    return apply(ctx, before, {}, { action: 'extend', changes: { extension: [null, text] }, note: reason })
  },

  'cases.pause.add': async ({ id, version, kind, startDate, endDate, reason }, ctx) => {
    const today = todayOf(ctx)
    const before = await editableCase(ctx.trx, id, version, today, ['filed'], '登记期间')
    if (startDate < before.filingDate) refuse('startDate', `开始日期不能早于立案日期（${before.filingDate}）`)
    notFuture('startDate', '开始日期', startDate, today)
    if (endDate !== null && endDate < startDate) refuse('endDate', '结束日期不能早于开始日期')
    if (endDate !== null) notFuture('endDate', '结束日期', endDate, today)
    const live = before.pauses.filter((p) => !p.voided)
    if (live.some((p) => p.endDate === null)) refuse('startDate', '还有一段期间尚未结束，请先登记它的结束日期')
    const overlaps = live.find((p) => startDate <= (p.endDate ?? today) && (endDate ?? today) >= p.startDate)
    if (overlaps) refuse('startDate', `与已登记的${CASE_PAUSE_KINDS[overlaps.kind]}期间（${overlaps.startDate}至${overlaps.endDate ?? '今'}）重叠`)
    await ctx.trx.insertInto('case_pauses').values({ id: newId(), case_id: id, kind, start_date: startDate, end_date: endDate, reason, created_at: ctx.at, created_by: actor(ctx).id, voided_at: null, voided_by: null, void_reason: null }).execute()
    return apply(ctx, before, {}, { action: 'pause', changes: { pause: [null, `${CASE_PAUSE_KINDS[kind]} ${startDate}至${endDate ?? '（未结束）'}`] }, note: reason })
  },

  'cases.pause.end': async ({ id, version, pauseId, endDate }, ctx) => {
    const today = todayOf(ctx)
    const before = await editableCase(ctx.trx, id, version, today, ['filed'], '登记期间结束')
    const p = before.pauses.find((x) => x.id === pauseId && !x.voided)
    if (!p) throw new AppError('NOT_FOUND', '没有这段期间，请刷新后重试')
    if (p.endDate !== null) throw new AppError('STATE', '这段期间已经结束')
    if (endDate < p.startDate) refuse('endDate', '结束日期不能早于开始日期')
    notFuture('endDate', '结束日期', endDate, today)
    await ctx.trx.updateTable('case_pauses').set({ end_date: endDate }).where('id', '=', pauseId).execute()
    return apply(ctx, before, {}, { action: 'pause', changes: { pause: [`${CASE_PAUSE_KINDS[p.kind]} ${p.startDate}至（未结束）`, `${CASE_PAUSE_KINDS[p.kind]} ${p.startDate}至${endDate}`] } })
  },

  'cases.pause.void': async ({ id, version, pauseId, reason }, ctx) => {
    const today = todayOf(ctx)
    const before = await editableCase(ctx.trx, id, version, today, ['filed'], '作废期间')
    const p = before.pauses.find((x) => x.id === pauseId)
    if (!p) throw new AppError('NOT_FOUND', '没有这段期间，请刷新后重试')
    if (p.voided) throw new AppError('STATE', '这段期间已作废')
    await ctx.trx.updateTable('case_pauses').set({ voided_at: ctx.at, voided_by: actor(ctx).id, void_reason: reason }).where('id', '=', pauseId).execute()
    return apply(ctx, before, {}, { action: 'void', changes: { pause: [`${CASE_PAUSE_KINDS[p.kind]} ${p.startDate}至${p.endDate ?? '（未结束）'}`, null] }, note: reason })
  },
}
