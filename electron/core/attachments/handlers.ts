import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { newId } from '../db/ids'
import { AppError } from '../errors'
import { auditField, describeAttachment, findAttachment, lineForAttachment, listAttachments, seizureForAttachments, toAttachment } from './repository'
import { checkAttachmentBytes, MAX_BASE64_CHARS, readAttachment, storeAttachment, thumbnailBytes, TOO_LARGE } from './store'

type Ops = 'attachments.list' | 'attachments.add' | 'attachments.get' | 'attachments.void'

// The seizure's own version is not bumped: attachments are rows of their own, and a photo added while
// someone edits the record must not make their save stale.
export const attachmentHandlers: HandlerMap<Ops> = {
  'attachments.list': async ({ seizureId }, { trx }) => {
    await seizureForAttachments(trx, seizureId, false)
    return listAttachments(trx, seizureId)
  },

  'attachments.add': async ({ seizureId, itemId, fileName, base64, thumbnailBase64 }, ctx) => {
    await seizureForAttachments(ctx.trx, seizureId, true)
    const line = itemId === null ? null : await lineForAttachment(ctx.trx, seizureId, itemId)
    if (base64.length > MAX_BASE64_CHARS) throw new AppError('VALIDATION', TOO_LARGE, { base64: TOO_LARGE })
    const bytes = Buffer.from(base64, 'base64')
    // Every refusal comes before the file is written; the file is written before the row (see store.ts).
    const thumbnail = thumbnailBytes(thumbnailBase64, checkAttachmentBytes(bytes))
    const { mime, sha256, size } = await storeAttachment(ctx.services.dataDir, bytes)
    // A browser gives only the name, but a path typed elsewhere would show its folders in the list.
    const name = fileName.split(/[\\/]/).pop()?.trim() || fileName
    const id = newId()
    await ctx.trx
      .insertInto('attachments')
      .values({
        id,
        seizure_id: seizureId,
        item_id: line?.id ?? null,
        file_name: name,
        mime,
        size_bytes: size,
        sha256,
        thumbnail,
        created_at: ctx.at,
        created_by: actor(ctx).id,
        voided_at: null,
        voided_by: null,
        void_reason: null,
      })
      .execute()
    await ctx.audit({
      action: 'attach',
      recordType: 'seizure',
      recordId: seizureId,
      changes: { [auditField(line?.lineNo ?? null)]: [null, describeAttachment(name, mime, size)] },
    })
    return toAttachment(await findAttachment(ctx.trx, id))
  },

  // A removed attachment can still be opened by its id (e.g. from the audit trail): its file is kept.
  'attachments.get': async ({ id }, { trx, services }) => {
    const row = await findAttachment(trx, id)
    const bytes = await readAttachment(services.dataDir, { sha256: row.sha256, size: row.size_bytes, fileName: row.file_name })
    return { fileName: row.file_name, mime: row.mime, base64: bytes.toString('base64') }
  },

  'attachments.void': async ({ id, reason }, ctx) => {
    const row = await findAttachment(ctx.trx, id)
    if (row.voided_at) throw new AppError('STATE', '该照片或扫描件已移除')
    await seizureForAttachments(ctx.trx, row.seizure_id, true)
    await ctx.trx.updateTable('attachments').set({ voided_at: ctx.at, voided_by: actor(ctx).id, void_reason: reason }).where('id', '=', id).execute()
    await ctx.audit({
      action: 'void',
      recordType: 'seizure',
      recordId: row.seizure_id,
      changes: { [auditField(row.line_no)]: [row.file_name, null] },
      note: reason,
    })
    return toAttachment(row)
  },
}
