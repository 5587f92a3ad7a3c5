import type { Kysely } from 'kysely'
import { ATTACHMENT_TYPES, type AttachmentMime } from '../../../shared/api/attachments'
import type { Attachment } from '../../../shared/api/seizure-types'
import type { Database } from '../db/schema'
import { AppError } from '../errors'

type Db = Kysely<Database>

const attachmentQuery = (db: Db) =>
  db
    .selectFrom('attachments as a')
    .innerJoin('users as u', 'u.id', 'a.created_by')
    .leftJoin('seizure_items as i', 'i.id', 'a.item_id')
    .select([
      'a.id',
      'a.seizure_id',
      'a.item_id',
      'a.file_name',
      'a.mime',
      'a.size_bytes',
      'a.sha256',
      'a.thumbnail',
      'a.created_at',
      'a.voided_at',
      'u.name as created_by_name',
      'i.line_no',
    ])

export type AttachmentRow = Awaited<ReturnType<ReturnType<typeof attachmentQuery>['executeTakeFirstOrThrow']>>

/** A stored thumbnail as the window shows it: a data: URL of the JPEG. */
export const thumbnailUrl = (bytes: Uint8Array | null): string | null => (bytes ? `data:image/jpeg;base64,${Buffer.from(bytes).toString('base64')}` : null)

export function toAttachment(r: AttachmentRow): Attachment {
  return {
    id: r.id,
    seizureId: r.seizure_id,
    itemId: r.item_id,
    fileName: r.file_name,
    mime: r.mime,
    sizeBytes: r.size_bytes,
    sha256: r.sha256,
    thumbnail: thumbnailUrl(r.thumbnail),
    createdAt: r.created_at,
    createdByName: r.created_by_name,
  }
}

/** A seizure's attachments that are not voided, newest first (ids are time-ordered, so they break ties). */
export async function listAttachments(db: Db, seizureId: string): Promise<Attachment[]> {
  const rows = await attachmentQuery(db)
    .where('a.seizure_id', '=', seizureId)
    .where('a.voided_at', 'is', null)
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .execute()
  return rows.map(toAttachment)
}

export async function findAttachment(db: Db, id: string): Promise<AttachmentRow> {
  const row = await attachmentQuery(db).where('a.id', '=', id).executeTakeFirst()
  if (!row) throw new AppError('NOT_FOUND', '照片或扫描件不存在')
  return row
}

/** The seizure, which must exist; `forChange` also requires it not to be voided (a voided record is frozen). */
export async function seizureForAttachments(db: Db, seizureId: string, forChange: boolean): Promise<{ id: string }> {
  const row = await db.selectFrom('seizures').select(['id', 'voided_at']).where('id', '=', seizureId).executeTakeFirst()
  if (!row) throw new AppError('NOT_FOUND', '查扣记录不存在')
  if (forChange && row.voided_at) throw new AppError('STATE', '该查扣记录已作废，不能再添加或移除照片和扫描件')
  return { id: row.id }
}

/** The item line an attachment is for: an active line of the same seizure. */
export async function lineForAttachment(db: Db, seizureId: string, itemId: string): Promise<{ id: string; lineNo: number }> {
  const row = await db.selectFrom('seizure_items').select(['id', 'seizure_id', 'line_no', 'voided_at']).where('id', '=', itemId).executeTakeFirst()
  if (!row || row.seizure_id !== seizureId) {
    const msg = '所选物品行不属于这条查扣记录'
    throw new AppError('VALIDATION', msg, { itemId: msg })
  }
  if (row.voided_at) {
    const msg = '所选物品行已删除，请重新选择'
    throw new AppError('VALIDATION', msg, { itemId: msg })
  }
  return { id: row.id, lineNo: row.line_no }
}

/** 1.2 MB / 350 KB / 800 字节, for the audit trail. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`
  return `${bytes} 字节`
}

/** How an attachment reads in the audit trail: 现场照片.jpg（JPEG 照片，1.2 MB）. */
export const describeAttachment = (fileName: string, mime: string, size: number): string =>
  `${fileName}（${ATTACHMENT_TYPES[mime as AttachmentMime] ?? mime}，${formatSize(size)}）`

/** The audit field: the seizure's `attachment`, or `items.<lineNo>.attachment` for a line's. */
export const auditField = (lineNo: number | null): string => (lineNo === null ? 'attachment' : `items.${lineNo}.attachment`)
