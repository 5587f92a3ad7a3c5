import type { HandlerMap } from '../handler'
import { AppError } from '../errors'
import { addRecordFile, listRecordFiles, readRecordFile, voidRecordFile, type RecordFileTable } from '../attachments/record-files'

// Photos of the destruction and scans of the signed record, in the content store seizures use. They are rows
// of their own: a scan is usually added after the batch is executed and locked, and adding it is audited.

type Ops = 'destruction.attachments.list' | 'destruction.attachments.add' | 'destruction.attachments.get' | 'destruction.attachments.void'

const BATCH_FILES: RecordFileTable = {
  table: 'destruction_attachments',
  owner: 'batch_id',
  recordType: 'destruction_batch',
  checkOwner: async (db, batchId, forChange) => {
    const b = await db.selectFrom('destruction_batches').select(['batch_no', 'voided_at']).where('id', '=', batchId).executeTakeFirst()
    if (!b) throw new AppError('NOT_FOUND', '没有这个销毁批次')
    if (forChange && b.voided_at !== null) throw new AppError('STATE', `批次 ${b.batch_no} 已作废，不能再修改附件`)
  },
}

export const destructionAttachmentHandlers: HandlerMap<Ops> = {
  'destruction.attachments.list': ({ batchId }, { trx }) => listRecordFiles(trx, BATCH_FILES, batchId),
  'destruction.attachments.add': ({ batchId, ...file }, ctx) => addRecordFile(ctx, BATCH_FILES, batchId, file),
  'destruction.attachments.get': ({ id }, { trx, services }) => readRecordFile(trx, services.dataDir, BATCH_FILES, id),
  'destruction.attachments.void': ({ id, reason }, ctx) => voidRecordFile(ctx, BATCH_FILES, id, reason),
}
