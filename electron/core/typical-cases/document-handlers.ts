import type { Kysely } from 'kysely'
import type { TypicalDocumentKind } from '../../../shared/domain/documents'
import { DOCUMENT_KIND_LABELS } from '../../../shared/domain/documents'
import { TYPICAL_STATUSES } from '../../../shared/domain/typical-cases'
import { getCase } from '../cases/repository'
import { todayOf } from '../clock'
import type { Database } from '../db/schema'
import { documentOnRecord, issueRecordDocument, previewRecordDocument } from '../documents/issue'
import type { KindRecord } from '../documents/kinds/types'
import { AppError } from '../errors'
import type { HandlerMap } from '../handler'
import { getCollection, versionText } from './repository'
import { typicalSettings } from './settings-handlers'

// The collection's two documents (典型案例集, 报送表), in the collection's order. Previewed from the newest text of
// each case, so the writers see the whole before review ends; issued (archived, audited on the collection)
// only once every case is finalised, from the finalised texts.

type Ops = 'typical.document.preview' | 'typical.document.issue'
type Db = Kysely<Database>

async function collectionRecord(db: Db, id: string, kind: TypicalDocumentKind, today: string, issuing: boolean): Promise<KindRecord> {
  const k = await getCollection(db, id, today)
  const label = DOCUMENT_KIND_LABELS[kind]
  if (k.status === 'withdrawn') throw new AppError('STATE', `案例集“${k.name}”已撤回，不能生成${label}`)
  if (k.entries.length === 0) throw new AppError('STATE', `案例集“${k.name}”中还没有案例，不能生成${label}`)
  const open = k.entries.filter((e) => e.status !== 'final')
  if (issuing && open.length > 0) throw new AppError('STATE', `以下案例尚未定稿，不能生成${label}：${open.map((e) => `“${e.title}”（${TYPICAL_STATUSES[e.status]}）`).join('、')}`)
  const entries = await db.selectFrom('typical_entries').select(['id', 'status', 'current_version', 'final_version']).where('collection_id', '=', id).where('voided_at', 'is', null).execute()
  const byId = new Map(entries.map((e) => [e.id, e]))
  const cases = []
  for (const row of k.entries) {
    const e = byId.get(row.id)!
    const { confirmed, ...text } = await versionText(db, e.id, issuing ? (e.final_version ?? e.current_version) : e.current_version)
    cases.push({ entryId: e.id, status: row.status, text, confirmed, penaltyCase: await getCase(db, row.caseId, today) })
  }
  return { type: 'typical_collection', typical: { collection: k, cases, maskOwnName: (await typicalSettings(db)).maskOwnName } }
}

export const typicalDocumentHandlers: HandlerMap<Ops> = {
  'typical.document.preview': ({ id, kind, date }, ctx) => previewRecordDocument(ctx, kind, (trx) => collectionRecord(trx, id, kind, todayOf(ctx), false), date),
  'typical.document.issue': ({ id, kind, date }, ctx) => issueRecordDocument(ctx, kind, (trx) => collectionRecord(trx, id, kind, todayOf(ctx), true), date, documentOnRecord('typical_collection', id)),
}
