import { sql, type Kysely, type SqlBool } from 'kysely'
import type { z } from 'zod'
import type { ArchivedDocument, DocxFile, documentOperations } from '../../../shared/api/documents'
import type { DocumentKind } from '../../../shared/domain/documents'
import { officeDayStart } from '../../../shared/rules/local-time'
import type { Database } from '../db/schema'
import { AppError } from '../errors'
import { voidedOf } from '../db/voided'
import { likeText } from '../seizures/search'

type Db = Kysely<Database>
export type ArchiveFilter = z.output<(typeof documentOperations)['documents.archive.list']['input']>

// The archive of issued documents: kept byte for byte, never deleted; a wrong one is voided.

const archiveQuery = (db: Db) =>
  db
    .selectFrom('document_archive as a')
    .innerJoin('users as u', 'u.id', 'a.created_by')
    .leftJoin('users as v', 'v.id', 'a.voided_by')
    .select([
      'a.id',
      'a.kind',
      'a.title',
      'a.file_name',
      'a.template_version',
      'a.sha256',
      'a.size_bytes',
      'a.created_at',
      'a.created_by',
      'a.document_no',
      'a.register_no',
      'a.party_name',
      'u.name',
      'a.voided_at',
      'a.void_reason',
      'v.name as voided_by_name',
    ])

type Row = Awaited<ReturnType<ReturnType<typeof archiveQuery>['executeTakeFirstOrThrow']>>

const toView = (r: Row): ArchivedDocument => ({
  id: r.id,
  kind: r.kind as DocumentKind,
  title: r.title,
  fileName: r.file_name,
  templateVersion: r.template_version,
  sha256: r.sha256,
  sizeBytes: r.size_bytes,
  createdAt: r.created_at,
  createdBy: r.created_by,
  createdByName: r.name,
  documentNo: r.document_no,
  registerNo: r.register_no,
  partyName: r.party_name,
  voided: voidedOf(r),
})

/** The newest 500 matching documents: one box searches title, file name, 文号, 登记号 and 当事人. */
export async function listArchive(db: Db, f: Partial<ArchiveFilter>): Promise<ArchivedDocument[]> {
  let q = archiveQuery(db).orderBy('a.created_at', 'desc').limit(500)
  if (f.kind) q = q.where('a.kind', '=', f.kind)
  if (!f.includeVoided) q = q.where('a.voided_at', 'is', null)
  if (f.createdBy) q = q.where('a.created_by', '=', f.createdBy)
  if (f.dateFrom) q = q.where('a.created_at', '>=', officeDayStart(f.dateFrom))
  if (f.dateTo) q = q.where('a.created_at', '<', officeDayStart(f.dateTo, 1))
  const text = f.query?.trim()
  if (text) {
    const like = likeText(text)
    q = q.where(({ or }) =>
      or(['a.title', 'a.file_name', 'a.document_no', 'a.register_no', 'a.party_name'].map((c) => sql<SqlBool>`${sql.ref(c)} LIKE ${like} ESCAPE '\\'`)),
    )
  }
  return (await q.execute()).map(toView)
}

/** Everyone who has issued a document, for the archive's 生成人 filter. */
export async function archiveCreators(db: Db): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('users as u')
    .select(['u.id', 'u.name'])
    .where(({ exists, selectFrom }) => exists(selectFrom('document_archive as a').select('a.id').whereRef('a.created_by', '=', 'u.id')))
    .orderBy('u.name')
    .execute()
}

export async function archivedDocument(db: Db, id: string): Promise<ArchivedDocument> {
  const r = await archiveQuery(db).where('a.id', '=', id).executeTakeFirst()
  if (!r) throw new AppError('NOT_FOUND', '没有这份存档文书')
  return toView(r)
}

/** The issued bytes, as stored (a voided document can still be read: it is part of the record). */
export async function archivedFile(db: Db, id: string): Promise<DocxFile> {
  const row = await db.selectFrom('document_archive').select(['file_name', 'content']).where('id', '=', id).executeTakeFirst()
  if (!row) throw new AppError('NOT_FOUND', '没有这份存档文书')
  return { fileName: row.file_name, base64: Buffer.from(row.content).toString('base64') }
}

export async function voidArchived(db: Db, id: string, reason: string, by: string, at: string): Promise<void> {
  const doc = await archivedDocument(db, id)
  if (doc.voided) throw new AppError('STATE', '这份文书已经作废')
  await db.updateTable('document_archive').set({ voided_at: at, voided_by: by, void_reason: reason }).where('id', '=', id).execute()
}
