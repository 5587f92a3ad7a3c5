import type { Kysely } from 'kysely'
import type { CollectionWithdrawal, CollectionRow, PersonalDataWarning, TypicalCollection, TypicalEntry, TypicalEntryRow, TypicalText } from '../../../shared/api/typical-types'
import { TYPICAL_SECTION_KEYS, TYPICAL_STATUSES, type CollectionStatus, type ReviewAction, type TypicalChannel, type TypicalStatus } from '../../../shared/domain/typical-cases'
import { findPersonalData } from '../../../shared/rules/mask'
import type { Database } from '../db/schema'
import { AppError } from '../errors'
import { voidedOf } from '../db/voided'
import { officeCalendar } from '../holidays/calendar'
import { deadlineText, withdrawalDue, workingDaysLeft } from '../../../shared/rules/case-deadlines'

// Reads of 典型案例: a collection with its entries in order, an entry with its newest text, versions and
// review trail, and the personal data its text still holds.

type Db = Kysely<Database>

export const COLLECTION_STATE_TEXT: Record<CollectionStatus, string> = { open: '编写中', published: '已发布', withdrawn: '已撤回' }

/** One saved version's text. */
export async function versionText(db: Db, entryId: string, versionNo: number): Promise<TypicalText & { confirmed: string[] }> {
  const v = await db.selectFrom('typical_versions').selectAll().where('entry_id', '=', entryId).where('version_no', '=', versionNo).executeTakeFirst()
  if (!v) throw new AppError('NOT_FOUND', `没有第${versionNo}版`)
  return {
    title: v.title,
    party: v.party,
    summary: v.summary,
    result: v.result,
    significance: v.significance,
    legalBasis: v.legal_basis,
    tags: JSON.parse(v.tags) as string[],
    persons: JSON.parse(v.persons) as string[],
    confirmed: JSON.parse(v.confirmed) as string[],
  }
}

/** ID numbers, accounts and phones in the text, each marked as confirmed by the writer or not. */
export function warningsOf(text: TypicalText, confirmed: readonly string[]): PersonalDataWarning[] {
  return TYPICAL_SECTION_KEYS.flatMap((section) => findPersonalData(text[section]).map((f) => ({ section, kind: f.kind, text: f.text, confirmed: confirmed.includes(f.text) })))
}

export async function getEntry(db: Db, id: string): Promise<TypicalEntry> {
  const e = await db
    .selectFrom('typical_entries as e')
    .innerJoin('typical_collections as k', 'k.id', 'e.collection_id')
    .innerJoin('penalty_cases as c', 'c.id', 'e.case_id')
    .leftJoin('users as v', 'v.id', 'e.voided_by')
    .selectAll('e')
    .select(['k.name as collection_name', 'k.status as collection_status', 'k.year', 'c.case_no', 'c.decision_no', 'v.name as voided_by_name'])
    .where('e.id', '=', id)
    .executeTakeFirst()
  if (!e) throw new AppError('NOT_FOUND', '没有这个典型案例')
  const [text, versions, reviews] = await Promise.all([
    versionText(db, id, e.current_version),
    db.selectFrom('typical_versions as t').innerJoin('users as u', 'u.id', 't.saved_by').select(['t.version_no', 't.saved_at', 'u.name']).where('t.entry_id', '=', id).orderBy('t.version_no').execute(),
    db.selectFrom('typical_reviews as r').innerJoin('users as u', 'u.id', 'r.by').select(['r.action', 'r.version_no', 'r.comment', 'r.at', 'u.name']).where('r.entry_id', '=', id).orderBy('r.at').orderBy('r.id').execute(),
  ])
  const { confirmed, ...body } = text
  return {
    id: e.id,
    collectionId: e.collection_id,
    collectionName: e.collection_name,
    collectionStatus: e.collection_status as CollectionStatus,
    year: e.year,
    caseId: e.case_id,
    caseNo: e.case_no,
    decisionNo: e.decision_no,
    position: e.position,
    status: e.status as TypicalStatus,
    currentVersion: e.current_version,
    finalVersion: e.final_version,
    text: body,
    confirmed,
    warnings: warningsOf(body, confirmed),
    versions: versions.map((v) => ({ versionNo: v.version_no, savedAt: v.saved_at, savedByName: v.name })),
    reviews: reviews.map((r) => ({ action: r.action as ReviewAction, versionNo: r.version_no, comment: r.comment, at: r.at, byName: r.name })),
    version: e.version,
    voided: voidedOf(e),
  }
}

/** The entry as its collection and the current user may change it; refusals name it. */
export async function editableEntry(db: Db, id: string, version: number, allowed: readonly TypicalStatus[], doing: string): Promise<TypicalEntry> {
  const e = await getEntry(db, id)
  const name = `“${e.text.title}”`
  if (e.voided) throw new AppError('STATE', `典型案例${name}已撤下，不能${doing}`)
  if (e.version !== version) throw new AppError('CONFLICT', `典型案例${name}已被他人修改，请刷新后重试`)
  if (e.collectionStatus !== 'open') throw new AppError('STATE', `案例集“${e.collectionName}”${COLLECTION_STATE_TEXT[e.collectionStatus]}，其中的案例不能${doing}`)
  if (!allowed.includes(e.status)) throw new AppError('STATE', `典型案例${name}当前为“${TYPICAL_STATUSES[e.status]}”，不能${doing}`)
  return e
}

async function entryRows(db: Db, collectionId: string): Promise<TypicalEntryRow[]> {
  const rows = await db
    .selectFrom('typical_entries as e')
    .innerJoin('penalty_cases as c', 'c.id', 'e.case_id')
    .innerJoin('typical_versions as t', (j) => j.onRef('t.entry_id', '=', 'e.id').onRef('t.version_no', '=', 'e.current_version'))
    .select(['e.id', 'e.case_id', 'c.case_no', 'c.decision_no', 'c.revoked_on', 'e.position', 't.title', 'e.status'])
    .select((eb) =>
      eb
        .selectFrom('typical_reviews as r')
        .select('r.comment')
        .whereRef('r.entry_id', '=', 'e.id')
        .where('r.action', '=', 'return')
        .orderBy('r.at', 'desc')
        .limit(1)
        .as('return_comment'),
    )
    .where('e.collection_id', '=', collectionId)
    .where('e.voided_at', 'is', null)
    .orderBy('e.position')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    caseNo: r.case_no,
    decisionNo: r.decision_no,
    position: r.position,
    title: r.title,
    status: r.status as TypicalStatus,
    returnComment: r.status === 'draft' ? (r.return_comment ?? null) : null,
    revokedOn: r.revoked_on,
  }))
}

/** When a published collection must be withdrawn: the earliest revoked case's withdrawal day. */
export async function withdrawalOf(db: Db, entries: readonly Pick<TypicalEntryRow, 'caseNo' | 'revokedOn'>[], today: string): Promise<CollectionWithdrawal | null> {
  const revoked = entries.filter((e) => e.revokedOn !== null).sort((a, b) => a.revokedOn!.localeCompare(b.revokedOn!))
  if (revoked.length === 0) return null
  const calendar = await officeCalendar(db)
  const due = withdrawalDue(revoked[0]!.revokedOn!, calendar)
  // A revocation's deadline has no pause: its date is always set.
  const date = due.date ?? today
  return { due: date, provisional: due.provisional, words: deadlineText(workingDaysLeft(today, date, calendar), true), caseNos: revoked.map((e) => e.caseNo) }
}

export async function getCollection(db: Db, id: string, today: string): Promise<TypicalCollection> {
  const k = await db.selectFrom('typical_collections').selectAll().where('id', '=', id).executeTakeFirst()
  if (!k || k.voided_at) throw new AppError('NOT_FOUND', '没有这个典型案例集')
  const entries = await entryRows(db, id)
  return {
    id: k.id,
    year: k.year,
    name: k.name,
    intro: k.intro,
    status: k.status as CollectionStatus,
    publishedOn: k.published_on,
    channel: k.channel as TypicalChannel | null,
    withdrawnOn: k.withdrawn_on,
    withdrawReason: k.withdraw_reason,
    withdrawal: k.status === 'published' ? await withdrawalOf(db, entries, today) : null,
    entries,
    version: k.version,
  }
}

export async function listCollections(db: Db, year: number | null): Promise<CollectionRow[]> {
  let q = db
    .selectFrom('typical_collections as k')
    .leftJoin('typical_entries as e', (j) => j.onRef('e.collection_id', '=', 'k.id').on('e.voided_at', 'is', null))
    .select(['k.id', 'k.year', 'k.name', 'k.status', 'k.published_on', 'e.status as entry_status'])
    .select((eb) => eb.fn.count<number>('e.id').as('n'))
    .where('k.voided_at', 'is', null)
    .groupBy(['k.id', 'e.status'])
    .orderBy('k.year', 'desc')
    .orderBy('k.created_at', 'desc')
  if (year !== null) q = q.where('k.year', '=', year)
  const out = new Map<string, CollectionRow>()
  for (const r of await q.execute()) {
    const row = out.get(r.id) ?? { id: r.id, year: r.year, name: r.name, status: r.status as CollectionStatus, publishedOn: r.published_on, counts: { draft: 0, review: 0, final: 0 } }
    if (r.entry_status) row.counts[r.entry_status as TypicalStatus] = Number(r.n)
    out.set(r.id, row)
  }
  return [...out.values()]
}
