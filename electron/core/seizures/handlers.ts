import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { changedFields, createdFields } from '../audit/write'
import { todayOf as today } from '../clock'
import { newId } from '../db/ids'
import { AppError } from '../errors'
import type { OpName } from '../../../shared/api'
import { extensionProblem } from '../../../shared/rules/seizure-term'
import { editableSeizure, getSeizure, storagePaths, toSeizure } from './repository'
import { listSeizures } from './list'
import { derivedColumns, refreshDerived } from './derived'
import { writeSearch } from './search'
import { suggestions } from './suggestions'
import { checkSeizure, headerColumns, headerFacts, insertLines, insertOfficers, lineFacts, nextRegisterNo, reconcileLines, writeOfficers } from './write'
import { outcomeHandlers } from './outcome-handlers'
import { pauseHandlers } from './pause-handlers'
import { exportHandlers } from './export-handlers'
import { longPauseHandlers } from './long-pauses'

type Ops = Exclude<Extract<OpName, `seizures.${string}`>, `seizures.${'outcome' | 'pause'}.${string}` | 'seizures.export' | 'seizures.inventory' | 'seizures.longPauses'>

const baseHandlers: HandlerMap<Ops> = {
  'seizures.list': (input, ctx) => listSeizures(ctx.trx, input, today(ctx)),
  'seizures.get': ({ id }, ctx) => getSeizure(ctx.trx, id, today(ctx)),
  'seizures.suggestions': (_input, ctx) => suggestions(ctx.trx),

  'seizures.create': async (input, ctx) => {
    const by = actor(ctx).id
    const day = today(ctx)
    await checkSeizure(ctx.trx, input, day, null)
    // The register year is the year the record is made (登记), which may differ from the decision's.
    const year = Number(day.slice(0, 4))
    const reg = await nextRegisterNo(ctx.trx, year)
    const id = newId()
    // A new record's cached columns come from its input (no extension, pauses or outcomes yet): written with the
    // record in one statement instead of re-read and updated (issue 14: 28 statements to 14).
    const derived = await derivedColumns(
      ctx.trx,
      {
        kind: input.kind,
        decisionDate: input.decisionDate,
        extensionDays: null,
        pauses: [],
        registerNo: reg.no,
        decisionNo: input.decisionNo,
        party: input.party,
        lines: input.items,
        disposedMilli: 0,
        officerNames: input.officers.map((o) => o.name),
      },
      day,
    )
    const record = {
      id,
      register_year: year,
      register_seq: reg.seq,
      register_no: reg.no,
      ...headerColumns(input),
      ...derived.columns,
      extension_days: null,
      extension_reason: null,
      extension_notice_date: null,
      extension_by: null,
      extension_at: null,
      voided_at: null,
      voided_by: null,
      void_reason: null,
      created_at: ctx.at,
      created_by: by,
      updated_at: ctx.at,
      updated_by: by,
      version: 1,
    }
    await ctx.trx.insertInto('seizures').values(record).execute()
    await insertOfficers(ctx.trx, id, input.officers)
    const items = await insertLines(ctx.trx, id, input.items, { by, at: ctx.at })
    await writeSearch(ctx.trx, id, derived.body)
    const paths = input.items.some((l) => l.storageLocationId) ? await storagePaths(ctx.trx) : new Map<string, string>()
    const lines = Object.fromEntries(
      input.items.flatMap((l, i) => Object.entries(lineFacts(l, paths)).filter(([, v]) => v !== '' && v !== null).map(([k, v]) => [`items.${i + 1}.${k}`, v])),
    )
    const header = Object.fromEntries(Object.entries(headerFacts(input)).filter(([, v]) => v !== '' && v !== false))
    await ctx.audit({ action: 'create', recordType: 'seizure', recordId: id, changes: createdFields({ registerNo: reg.no, ...header, ...lines }) })
    // The record as written, not read back (a test holds it equal to seizures.get).
    const s = { ...record, created_by_name: actor(ctx).name, voided_by_name: null, extension_by_name: null }
    return toSeizure(ctx.trx, { s, officers: input.officers.map((o) => ({ name: o.name, cert_no: o.certNo })), items, outcomes: [], pauses: [], paths, destroyed: [] }, day)
  },

  'seizures.update': async ({ id, version, reason, ...input }, ctx) => {
    const by = actor(ctx).id
    const day = today(ctx)
    const before = await editableSeizure(ctx.trx, id, version, day)
    await checkSeizure(ctx.trx, input, day, before)
    const paths = await storagePaths(ctx.trx)
    const lineChanges = await reconcileLines(ctx.trx, before, input.items, paths, { by, at: ctx.at })
    const changes = { ...changedFields(headerFacts(before), headerFacts(input)), ...lineChanges }
    if (Object.keys(changes).length === 0) return before
    await ctx.trx
      .updateTable('seizures')
      .set({ ...headerColumns(input), version: version + 1, updated_at: ctx.at, updated_by: by })
      .where('id', '=', id)
      .execute()
    if (changes.officers) await writeOfficers(ctx.trx, id, input.officers)
    await refreshDerived(ctx.trx, id, day)
    await ctx.audit({ action: 'update', recordType: 'seizure', recordId: id, changes, note: reason || null })
    return getSeizure(ctx.trx, id, day)
  },

  'seizures.void': async ({ id, version, reason }, ctx) => {
    const by = actor(ctx).id
    const day = today(ctx)
    const before = await editableSeizure(ctx.trx, id, version, day)
    if (before.outcomes.some((o) => !o.voided)) throw new AppError('STATE', '该记录已有处置记录，不能作废；如确属登记错误，请先逐条作废处置记录')
    await ctx.trx
      .updateTable('seizures')
      .set({ voided_at: ctx.at, voided_by: by, void_reason: reason, version: version + 1, updated_at: ctx.at, updated_by: by })
      .where('id', '=', id)
      .execute()
    await ctx.audit({ action: 'void', recordType: 'seizure', recordId: id, note: reason })
    return getSeizure(ctx.trx, id, day)
  },

  'seizures.extend': async ({ id, version, days, reason, noticeDate }, ctx) => {
    const by = actor(ctx).id
    const day = today(ctx)
    const before = await editableSeizure(ctx.trx, id, version, day)
    const facts = { kind: before.kind, decisionDate: before.decisionDate, extensionDays: before.extension?.days ?? null, pauses: before.pauses.filter((p) => !p.voided) }
    const problem = extensionProblem(facts, days, noticeDate, day)
    if (problem) throw new AppError('STATE', problem)
    await ctx.trx
      .updateTable('seizures')
      .set({ extension_days: days, extension_reason: reason, extension_notice_date: noticeDate, extension_by: by, extension_at: ctx.at, version: version + 1, updated_at: ctx.at, updated_by: by })
      .where('id', '=', id)
      .execute()
    await refreshDerived(ctx.trx, id, day)
    const after = await getSeizure(ctx.trx, id, day)
    await ctx.audit({
      action: 'extend',
      recordType: 'seizure',
      recordId: id,
      changes: { extensionDays: [null, days], extensionReason: [null, reason], extensionNoticeDate: [null, noticeDate] },
      note: `期限届满日 ${before.term.endDate ?? '（暂停中）'} → ${after.term.endDate ?? '（暂停中）'}`,
    })
    return after
  },
}

export const seizureHandlers = { ...baseHandlers, ...outcomeHandlers, ...pauseHandlers, ...exportHandlers, ...longPauseHandlers }
