import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { newId } from '../db/ids'
import { nextNumber } from '../db/counters'
import { changedFields, createdFields } from '../audit/write'
import { todayOf } from '../clock'
import { formatCaseNo } from '../../../shared/domain/cases'
import { AppError } from '../errors'
import { editableCase, getCase } from './repository'
import { refreshCaseDerived } from './derived'
import { auditFacts, checkFacts, factColumns, factsOf, writeOfficersAndLinks } from './write'
import { listCases } from './list'

// 立案, 更正, 作废 and the reads. Status changes are in status-handlers.ts, publication in publication-handlers.ts.

type Ops = 'cases.list' | 'cases.get' | 'cases.forSeizure' | 'cases.create' | 'cases.update' | 'cases.void'

async function seizureNos(trx: Parameters<typeof getCase>[0], ids: string[]): Promise<string[]> {
  if (ids.length === 0) return []
  const rows = await trx.selectFrom('seizures').select('register_no').where('id', 'in', ids).orderBy('register_no').execute()
  return rows.map((r) => r.register_no)
}

export const caseHandlers: HandlerMap<Ops> = {
  'cases.list': async (f, ctx) => listCases(ctx.trx, f, todayOf(ctx)),
  'cases.get': async ({ id }, ctx) => getCase(ctx.trx, id, todayOf(ctx)),
  'cases.forSeizure': async ({ seizureId }, { trx }) => {
    const rows = await trx
      .selectFrom('case_seizures as l')
      .innerJoin('penalty_cases as c', 'c.id', 'l.case_id')
      .select(['c.id', 'c.case_no', 'c.decision_no', 'c.status'])
      .where('l.seizure_id', '=', seizureId)
      .where('c.voided_at', 'is', null)
      .orderBy('c.case_no')
      .execute()
    return rows.map((r) => ({ id: r.id, caseNo: r.case_no, decisionNo: r.decision_no, status: r.status as never }))
  },

  'cases.create': async (f, ctx) => {
    const by = actor(ctx).id
    const today = todayOf(ctx)
    await checkFacts(ctx.trx, f, today, null)
    const year = Number(f.filingDate.slice(0, 4))
    const seq = await nextNumber(ctx.trx, 'penalty_case', year)
    const id = newId()
    const caseNo = formatCaseNo(year, seq)
    await ctx.trx
      .insertInto('penalty_cases')
      .values({ id, case_year: year, case_seq: seq, case_no: caseNo, ...factColumns(f), decision_date: null, service_date: null, paid_on: null, paid_fen: null, surcharge_paid_fen: null, end_date: null, revoked_on: null, published_on: null, publication_channel: null, published_by: null, withdrawn_on: null, early_stop_on: null, decision_due: null, publication_due: null, withdrawal_due: null, payment_due: null, publicity_end: null, next_due: null, next_due_kind: null, created_at: ctx.at, created_by: by, updated_at: ctx.at, updated_by: by, voided_at: null, voided_by: null, void_reason: null })
      .execute()
    await writeOfficersAndLinks(ctx.trx, id, f)
    await refreshCaseDerived(ctx.trx, id, today)
    await ctx.audit({ action: 'create', recordType: 'penalty_case', recordId: id, changes: createdFields({ caseNo, ...auditFacts(f, await seizureNos(ctx.trx, f.seizureIds)) }) })
    return getCase(ctx.trx, id, today)
  },

  'cases.update': async ({ id, version, facts, reason }, ctx) => {
    const by = actor(ctx).id
    const today = todayOf(ctx)
    const before = await editableCase(ctx.trx, id, version, today, ['filed', 'decided', 'executed'], '更正')
    await checkFacts(ctx.trx, facts, today, before)
    await ctx.trx.updateTable('penalty_cases').set({ ...factColumns(facts), version: version + 1, updated_at: ctx.at, updated_by: by }).where('id', '=', id).execute()
    await writeOfficersAndLinks(ctx.trx, id, facts)
    await refreshCaseDerived(ctx.trx, id, today)
    const changes = changedFields(auditFacts(factsOf(before), await seizureNos(ctx.trx, before.seizureIds)), auditFacts(facts, await seizureNos(ctx.trx, facts.seizureIds)))
    if (Object.keys(changes).length > 0) await ctx.audit({ action: 'update', recordType: 'penalty_case', recordId: id, changes, note: reason || null })
    return getCase(ctx.trx, id, today)
  },

  'cases.void': async ({ id, version, reason }, ctx) => {
    const by = actor(ctx).id
    const today = todayOf(ctx)
    const before = await editableCase(ctx.trx, id, version, today, ['filed', 'decided', 'executed', 'closed', 'not_punished', 'cancelled'], '作废')
    if (before.publication && !before.publication.withdrawnOn) throw new AppError('STATE', '该案件的处罚信息仍在公示中，请先登记撤下公示再作废')
    await ctx.trx.updateTable('penalty_cases').set({ voided_at: ctx.at, voided_by: by, void_reason: reason, version: version + 1, updated_at: ctx.at, updated_by: by, next_due: null, next_due_kind: null }).where('id', '=', id).execute()
    await ctx.audit({ action: 'void', recordType: 'penalty_case', recordId: id, note: reason })
    return getCase(ctx.trx, id, today)
  },
}
