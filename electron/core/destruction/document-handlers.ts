import type { Kysely } from 'kysely'
import type { DestructionDocumentKind } from '../../../shared/domain/documents'
import { DOCUMENT_KIND_LABELS } from '../../../shared/domain/documents'
import type { Database } from '../db/schema'
import { AppError } from '../errors'
import type { HandlerMap } from '../handler'
import { documentOnRecord, issueRecordDocument, previewRecordDocument } from '../documents/issue'
import type { KindRecord } from '../documents/kinds/types'
import { getBatch } from './repository'

// The four documents of a batch (公告, 清单, 记录, 审批表), from its current state: previewed (neither archived
// nor audited, as documents.preview) and issued (archived with the batch's id and audited on the batch, as
// seizures.inventory). The 审批表 prints a blank opinion box until approved; the 记录 prints blanks for the
// actual facts until executed, to be filled in by hand at the site.

type Ops = 'destruction.document.preview' | 'destruction.document.issue'
type Db = Kysely<Database>

/** The batch as the documents print it, with its live photos counted for the 销毁记录. */
async function batchRecord(db: Db, id: string, kind: DestructionDocumentKind): Promise<KindRecord> {
  const batch = await getBatch(db, id)
  const label = DOCUMENT_KIND_LABELS[kind]
  if (batch.voided) throw new AppError('STATE', `批次 ${batch.batchNo} 已作废，不能生成${label}`)
  if (batch.lines.length === 0) throw new AppError('STATE', `批次 ${batch.batchNo} 中还没有物品，不能生成${label}`)
  const photos = await db
    .selectFrom('destruction_attachments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('batch_id', '=', id)
    .where('voided_at', 'is', null)
    .where('mime', 'like', 'image/%')
    .executeTakeFirst()
  return { type: 'destruction_batch', batch, photos: Number(photos?.n ?? 0) }
}

export const destructionDocumentHandlers: HandlerMap<Ops> = {
  'destruction.document.preview': ({ id, kind, date }, ctx) => previewRecordDocument(ctx, kind, (trx) => batchRecord(trx, id, kind), date),
  // The batch's own 修改记录 shows the document was issued, and which archived file it is.
  'destruction.document.issue': ({ id, kind, date }, ctx) => issueRecordDocument(ctx, kind, (trx) => batchRecord(trx, id, kind), date, documentOnRecord('destruction_batch', id)),
}
