import type { Kysely } from 'kysely'
import type { RecordFile } from '../../../shared/api/attachments'
import type { RecordType } from '../../../shared/domain/audit'
import type { Database } from '../db/schema'
import type { HandlerContext } from '../handler'
import { actor } from '../handler'
import { newId } from '../db/ids'
import { AppError } from '../errors'
import { describeAttachment, thumbnailUrl } from './repository'
import { checkAttachmentBytes, MAX_BASE64_CHARS, readAttachment, storeAttachment, thumbnailBytes, TOO_LARGE } from './store'

// Photos and scans kept with a record in a table of its own (destruction_attachments, station_attachments: the
// same columns, the owner's id column named for it), the bytes in the content store seizures use. Listing,
// adding (audited on the owner), opening the original and removing with a reason (the file stays), for every
// such record by one set of functions.

export interface RecordFileTable {
  table: 'destruction_attachments' | 'station_attachments' | 'campaign_task_photos'
  owner: 'batch_id' | 'station_id' | 'task_id'
  recordType: RecordType
  /** The record whose history an addition or removal is written to, when not the owner (a task's campaign). */
  auditedOn?(db: Kysely<Database>, ownerId: string): Promise<string>
  /** Refuses a change to a voided (or locked) owner; reading is always allowed for a known one. */
  checkOwner(db: Kysely<Database>, ownerId: string, forChange: boolean): Promise<void>
}

interface Row {
  id: string
  owner_id: string
  file_name: string
  mime: string
  size_bytes: number
  sha256: string
  thumbnail: Uint8Array | null
  created_at: string
  voided_at: string | null
  created_by_name: string
}

// The two tables differ only in the owner column's name: one typed query shape serves both.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const loose = (db: Kysely<Database>) => db as unknown as Kysely<any>

function query(db: Kysely<Database>, t: RecordFileTable) {
  return loose(db)
    .selectFrom(`${t.table} as a`)
    .innerJoin('users as u', 'u.id', 'a.created_by')
    .select(['a.id', `a.${t.owner} as owner_id`, 'a.file_name', 'a.mime', 'a.size_bytes', 'a.sha256', 'a.thumbnail', 'a.created_at', 'a.voided_at', 'u.name as created_by_name'])
}

const toFile = (r: Row): RecordFile => ({
  id: r.id,
  fileName: r.file_name,
  mime: r.mime,
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  thumbnail: thumbnailUrl(r.thumbnail),
  createdAt: r.created_at,
  createdByName: r.created_by_name,
})

async function find(db: Kysely<Database>, t: RecordFileTable, id: string): Promise<Row> {
  const row = (await query(db, t).where('a.id', '=', id).executeTakeFirst()) as Row | undefined
  if (!row) throw new AppError('NOT_FOUND', '照片或扫描件不存在')
  return row
}

export async function listRecordFiles(db: Kysely<Database>, t: RecordFileTable, ownerId: string): Promise<RecordFile[]> {
  await t.checkOwner(db, ownerId, false)
  const rows = (await query(db, t).where(`a.${t.owner}`, '=', ownerId).where('a.voided_at', 'is', null).orderBy('a.created_at').orderBy('a.id').execute()) as Row[]
  return rows.map(toFile)
}

const auditedOn = (db: Kysely<Database>, t: RecordFileTable, ownerId: string) => (t.auditedOn ? t.auditedOn(db, ownerId) : Promise.resolve(ownerId))

/** `extra`: the table's own columns beyond the common ones (a task photo's time, place and caption). */
export async function addRecordFile(
  ctx: HandlerContext,
  t: RecordFileTable,
  ownerId: string,
  file: { fileName: string; base64: string; thumbnailBase64: string | null },
  extra: Record<string, string> = {},
): Promise<RecordFile> {
  await t.checkOwner(ctx.trx, ownerId, true)
  if (file.base64.length > MAX_BASE64_CHARS) throw new AppError('VALIDATION', TOO_LARGE, { base64: TOO_LARGE })
  const bytes = Buffer.from(file.base64, 'base64')
  const thumbnail = thumbnailBytes(file.thumbnailBase64, checkAttachmentBytes(bytes))
  const { mime, sha256, size } = await storeAttachment(ctx.services.dataDir, bytes)
  const name = file.fileName.split(/[\\/]/).pop()?.trim() || file.fileName
  const id = newId()
  await loose(ctx.trx)
    .insertInto(t.table)
    .values({ ...extra, id, [t.owner]: ownerId, file_name: name, mime, size_bytes: size, sha256, thumbnail, created_at: ctx.at, created_by: actor(ctx).id, voided_at: null, voided_by: null, void_reason: null })
    .execute()
  await ctx.audit({ action: 'attach', recordType: t.recordType, recordId: await auditedOn(ctx.trx, t, ownerId), changes: { attachment: [null, describeAttachment(name, mime, size)] } })
  return toFile(await find(ctx.trx, t, id))
}

export async function readRecordFile(db: Kysely<Database>, dataDir: string, t: RecordFileTable, id: string) {
  const row = await find(db, t, id)
  const bytes = await readAttachment(dataDir, { sha256: row.sha256, size: row.size_bytes, fileName: row.file_name })
  return { fileName: row.file_name, mime: row.mime, base64: bytes.toString('base64') }
}

export async function voidRecordFile(ctx: HandlerContext, t: RecordFileTable, id: string, reason: string): Promise<RecordFile> {
  const row = await find(ctx.trx, t, id)
  if (row.voided_at) throw new AppError('STATE', '该照片或扫描件已移除')
  await t.checkOwner(ctx.trx, row.owner_id, true)
  await loose(ctx.trx).updateTable(t.table).set({ voided_at: ctx.at, voided_by: actor(ctx).id, void_reason: reason }).where('id', '=', id).execute()
  await ctx.audit({ action: 'void', recordType: t.recordType, recordId: await auditedOn(ctx.trx, t, row.owner_id), changes: { attachment: [row.file_name, null] }, note: reason })
  return toFile(row)
}
