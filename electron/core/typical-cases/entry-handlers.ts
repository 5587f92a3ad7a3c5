import { diffChars } from 'diff'
import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { AppError } from '../errors'
import { newId } from '../db/ids'
import { changedFields, createdFields } from '../audit/write'
import { todayOf } from '../clock'
import type { SectionDiff, TypicalEntryRow, TypicalText } from '../../../shared/api/typical-types'
import { TYPICAL_SECTION_KEYS, TYPICAL_STATUSES } from '../../../shared/domain/typical-cases'
import { CASE_STATUSES } from '../../../shared/domain/cases'
import { getCase } from '../cases/repository'
import { draftFromCase } from './prefill'
import { publishedSections } from '../../../shared/rules/public-text'
import { typicalSettings } from './settings-handlers'
import { COLLECTION_STATE_TEXT, editableEntry, getCollection, getEntry, versionText, warningsOf } from './repository'

// 推选 (a decided case becomes a collection's entry, its first draft written from the case), 预览 (the text being
// written, masked as published), 保存 (each save a new version, only while 草稿), 撤下 and 比较.

type Ops = 'typical.nominate' | 'typical.get' | 'typical.preview' | 'typical.save' | 'typical.void' | 'typical.compare'

const DECIDED = new Set(['decided', 'executed', 'closed'])

/** A version's row as stored. */
const versionRow = (entryId: string, versionNo: number, t: TypicalText, confirmed: readonly string[], at: string, by: string) => ({
  entry_id: entryId,
  version_no: versionNo,
  title: t.title,
  party: t.party,
  summary: t.summary,
  result: t.result,
  significance: t.significance,
  legal_basis: t.legalBasis,
  tags: JSON.stringify(t.tags),
  persons: JSON.stringify(t.persons),
  confirmed: JSON.stringify(confirmed),
  saved_at: at,
  saved_by: by,
})

export const entryHandlers: HandlerMap<Ops> = {
  'typical.nominate': async ({ collectionId, caseIds }, ctx) => {
    const k = await getCollection(ctx.trx, collectionId, todayOf(ctx))
    if (k.status !== 'open') throw new AppError('STATE', `案例集“${k.name}”${COLLECTION_STATE_TEXT[k.status]}，不能再推选案例`)
    if (new Set(caseIds).size !== caseIds.length) throw new AppError('VALIDATION', '同一案件选了两次', { caseIds: '同一案件选了两次' })
    const by = actor(ctx).id
    const today = todayOf(ctx)
    const { maskOwnName } = await typicalSettings(ctx.trx)
    let position = k.entries.reduce((n, e) => Math.max(n, e.position), 0)
    const ids: string[] = []
    for (const caseId of caseIds) {
      const c = await getCase(ctx.trx, caseId, today)
      const refuse = (why: string): never => {
        throw new AppError('VALIDATION', `案件 ${c.caseNo} ${why}，不能推选为典型案例`, { caseIds: `案件 ${c.caseNo} ${why}，不能推选为典型案例` })
      }
      if (c.voided) refuse('已作废')
      if (!DECIDED.has(c.status)) refuse(`尚未作出处罚决定（${CASE_STATUSES[c.status]}）`)
      if (c.revokedOn) refuse(`的处罚决定已于 ${c.revokedOn} 被变更或撤销`)
      if (k.entries.some((e) => e.caseId === caseId)) refuse('已在本案例集中')
      const id = newId()
      position += 1
      const text = draftFromCase(c, { maskOwnName })
      await ctx.trx.insertInto('typical_entries').values({ id, collection_id: collectionId, case_id: caseId, position, created_at: ctx.at, created_by: by, updated_at: ctx.at, updated_by: by }).execute()
      await ctx.trx.insertInto('typical_versions').values(versionRow(id, 1, text, [], ctx.at, by)).execute()
      await ctx.audit({ action: 'create', recordType: 'typical_case', recordId: id, changes: createdFields({ title: text.title, versionNo: 1 }), note: `推选自案件 ${c.caseNo}，案例集“${k.name}”` })
      ids.push(id)
    }
    const rows = (await getCollection(ctx.trx, collectionId, todayOf(ctx))).entries
    return ids.map((id) => rows.find((r) => r.id === id)).filter((r): r is TypicalEntryRow => r !== undefined)
  },

  'typical.get': ({ id }, { trx }) => getEntry(trx, id),

  // The party's own data stays in core: the renderer sends the text being written and gets it back masked.
  'typical.preview': async ({ id, text, confirmed }, ctx) => {
    const e = await getEntry(ctx.trx, id)
    const [c, { maskOwnName }] = await Promise.all([getCase(ctx.trx, e.caseId, todayOf(ctx)), typicalSettings(ctx.trx)])
    return publishedSections(c, text, TYPICAL_SECTION_KEYS, { maskOwnName, confirmed, persons: text.persons })
  },

  'typical.save': async ({ id, version, text, confirmed }, ctx) => {
    const before = await editableEntry(ctx.trx, id, version, ['draft'], '修改（只有草稿可以修改；已定稿的请先“重新编辑”）')
    // Only what the text still holds can stay confirmed.
    const kept = [...new Set(confirmed)].filter((c) => warningsOf(text, []).some((w) => w.text === c)).sort()
    const changes = changedFields(before.text, text)
    if (Object.keys(changes).length === 0 && JSON.stringify(kept) === JSON.stringify([...before.confirmed].sort())) return before
    const next = before.currentVersion + 1
    const by = actor(ctx).id
    await ctx.trx.insertInto('typical_versions').values(versionRow(id, next, text, kept, ctx.at, by)).execute()
    await ctx.trx.updateTable('typical_entries').set({ current_version: next, version: version + 1, updated_at: ctx.at, updated_by: by }).where('id', '=', id).execute()
    await ctx.audit({ action: 'update', recordType: 'typical_case', recordId: id, changes: { ...changes, versionNo: [before.currentVersion, next], ...(kept.length > 0 ? { confirmed: [before.confirmed.join('、') || null, kept.join('、')] } : {}) } })
    return getEntry(ctx.trx, id)
  },

  'typical.void': async ({ id, version, reason }, ctx) => {
    const before = await editableEntry(ctx.trx, id, version, Object.keys(TYPICAL_STATUSES) as (keyof typeof TYPICAL_STATUSES)[], '撤下')
    await ctx.trx.updateTable('typical_entries').set({ voided_at: ctx.at, voided_by: actor(ctx).id, void_reason: reason, version: version + 1, updated_at: ctx.at, updated_by: actor(ctx).id }).where('id', '=', id).execute()
    await ctx.audit({ action: 'void', recordType: 'typical_case', recordId: id, changes: {}, note: `${before.text.title}：${reason}` })
    return getEntry(ctx.trx, id)
  },

  'typical.compare': async ({ id, from, to }, { trx }) => {
    await getEntry(trx, id)
    const [a, b] = await Promise.all([versionText(trx, id, from), versionText(trx, id, to)])
    const text = (t: TypicalText, s: (typeof TYPICAL_SECTION_KEYS)[number]) => t[s]
    return TYPICAL_SECTION_KEYS.map((section): SectionDiff => {
      const parts = diffChars(text(a, section), text(b, section)).map((p) => ({ text: p.value, change: p.added ? ('added' as const) : p.removed ? ('removed' as const) : ('same' as const) }))
      return { section, changed: parts.some((p) => p.change !== 'same'), parts }
    })
  },
}
