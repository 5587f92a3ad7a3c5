import type { Kysely } from 'kysely'
import type { BatchAttachment } from '../../../shared/api/destruction-types'
import type { Database } from '../db/schema'
import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { newId } from '../db/ids'
import { AppError } from '../errors'
import { describeAttachment } from '../attachments/repository'
import { checkAttachmentBytes, MAX_BASE64_CHARS, readAttachment, storeAttachment, thumbnailBytes, TOO_LARGE } from '../attachments/store'

// Photos of the destruction and scans of the signed record, in the content store seizures use. They are rows
// of their own: a scan is usually added after the batch is executed and locked, and adding it is audited.

type Ops = 'destruction.attachments.list' | 'destruction.attachments.add' | 'destruction.attachments.get' | 'destruction.attachments.void'
type Db = Kysely<Database>

const query = (db: Db) =>
  db
    .selectFrom('destruction_attachments as a')
    .innerJoin('users as u', 'u.id', 'a.created_by')
    .select(['a.id', 'a.batch_id', 'a.file_name', 'a.mime', 'a.size_bytes', 'a.sha256', 'a.thumbnail', 'a.created_at', 'a.voided_at', 'u.name as created_by_name'])

type Row = Awaited<ReturnType<ReturnType<typeof query>['executeTakeFirstOrThrow']>>

const toAttachment = (r: Row): BatchAttachment => ({
  id: r.id,
  fileName: r.file_name,
  mime: r.mime,
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  thumbnail: r.thumbnail ? `data:image/jpeg;base64,${Buffer.from(r.thumbnail).toString('base64')}` : null,
  createdAt: r.created_at,
  createdByName: r.created_by_name,
})

async function find(db: Db, id: string): Promise<Row> {
  const row = await query(db).where('a.id', '=', id).executeTakeFirst()
  if (!row) throw new AppError('NOT_FOUND', '照片或扫描件不存在')
  return row
}

async function liveBatch(db: Db, batchId: string, forChange: boolean): Promise<void> {
  const b = await db.selectFrom('destruction_batches').select(['batch_no', 'voided_at']).where('id', '=', batchId).executeTakeFirst()
  if (!b) throw new AppError('NOT_FOUND', '没有这个销毁批次')
  if (forChange && b.voided_at !== null) throw new AppError('STATE', `批次 ${b.batch_no} 已作废，不能再修改附件`)
}

export const destructionAttachmentHandlers: HandlerMap<Ops> = {
  'destruction.attachments.list': async ({ batchId }, { trx }) => {
    await liveBatch(trx, batchId, false)
    const rows = await query(trx).where('a.batch_id', '=', batchId).where('a.voided_at', 'is', null).orderBy('a.created_at').execute()
    return rows.map(toAttachment)
  },

  'destruction.attachments.add': async ({ batchId, fileName, base64, thumbnailBase64 }, ctx) => {
    await liveBatch(ctx.trx, batchId, true)
    if (base64.length > MAX_BASE64_CHARS) throw new AppError('VALIDATION', TOO_LARGE, { base64: TOO_LARGE })
    const bytes = Buffer.from(base64, 'base64')
    const thumbnail = thumbnailBytes(thumbnailBase64, checkAttachmentBytes(bytes))
    const { mime, sha256, size } = await storeAttachment(ctx.services.dataDir, bytes)
    const name = fileName.split(/[\\/]/).pop()?.trim() || fileName
    const id = newId()
    await ctx.trx
      .insertInto('destruction_attachments')
      .values({ id, batch_id: batchId, file_name: name, mime, size_bytes: size, sha256, thumbnail, created_at: ctx.at, created_by: actor(ctx).id, voided_at: null, voided_by: null, void_reason: null })
      .execute()
    await ctx.audit({ action: 'attach', recordType: 'destruction_batch', recordId: batchId, changes: { attachment: [null, describeAttachment(name, mime, size)] } })
    return toAttachment(await find(ctx.trx, id))
  },

  'destruction.attachments.get': async ({ id }, { trx, services }) => {
    const row = await find(trx, id)
    const bytes = await readAttachment(services.dataDir, { sha256: row.sha256, size: row.size_bytes, fileName: row.file_name })
    return { fileName: row.file_name, mime: row.mime, base64: bytes.toString('base64') }
  },

  'destruction.attachments.void': async ({ id, reason }, ctx) => {
    const row = await find(ctx.trx, id)
    if (row.voided_at) throw new AppError('STATE', '该照片或扫描件已移除')
    await liveBatch(ctx.trx, row.batch_id, true)
    await ctx.trx.updateTable('destruction_attachments').set({ voided_at: ctx.at, voided_by: actor(ctx).id, void_reason: reason }).where('id', '=', id).execute()
    await ctx.audit({ action: 'void', recordType: 'destruction_batch', recordId: row.batch_id, changes: { attachment: [row.file_name, null] }, note: reason })
    return toAttachment(row)
  },
}
