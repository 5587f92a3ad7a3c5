import type { Kysely } from 'kysely'
import type { TemplateState, TemplateVersion } from '../../../shared/api/documents'
import type { DocumentKind } from '../../../shared/domain/documents'
import type { Database } from '../db/schema'
import { newId, nowIso } from '../db/ids'
import { AppError } from '../errors'
import { KINDS } from './kinds'

type Db = Kysely<Database>

/** A template as generation needs it: wording, and the uploaded Word file when there is one. */
export interface TemplateSource {
  versionNo: number
  title: string
  body: string
  docx: Buffer | null
  docxName: string | null
}

const builtIn = (kind: DocumentKind): TemplateVersion => ({ versionNo: 0, ...KINDS[kind].defaultTemplate, docxName: null, createdAt: null, createdBy: null })

/** The kind's versions, newest first, ending with the built-in default (version 0). */
export async function templateState(db: Db, kind: DocumentKind): Promise<TemplateState> {
  const rows = await db
    .selectFrom('document_templates as t')
    .leftJoin('users as u', 'u.id', 't.created_by')
    .select(['t.version_no', 't.title', 't.body', 't.docx_name', 't.created_at', 'u.name as user_name'])
    .where('t.kind', '=', kind)
    .orderBy('t.version_no', 'desc')
    .execute()
  const versions: TemplateVersion[] = [
    ...rows.map((r) => ({ versionNo: r.version_no, title: r.title, body: r.body, docxName: r.docx_name, createdAt: r.created_at, createdBy: r.user_name })),
    builtIn(kind),
  ]
  return { kind, current: versions[0]!, versions }
}

/** One version with its Word file; the current one when `versionNo` is omitted. */
export async function templateSource(db: Db, kind: DocumentKind, versionNo?: number): Promise<TemplateSource> {
  let q = db.selectFrom('document_templates').select(['version_no', 'title', 'body', 'docx', 'docx_name']).where('kind', '=', kind)
  q = versionNo === undefined ? q.orderBy('version_no', 'desc').limit(1) : q.where('version_no', '=', versionNo)
  const row = versionNo === 0 ? undefined : await q.executeTakeFirst()
  if (row) return { versionNo: row.version_no, title: row.title, body: row.body, docx: row.docx ? Buffer.from(row.docx) : null, docxName: row.docx_name }
  if (versionNo !== undefined && versionNo !== 0) throw new AppError('NOT_FOUND', `没有第${versionNo}版模板`)
  return { ...builtIn(kind), docx: null }
}

/**
 * Saves a template as the next version. `basedOn` is the version the editor started from: if someone saved
 * in between, CONFLICT rather than overwriting their work.
 */
export async function saveTemplateVersion(
  db: Db,
  v: { kind: DocumentKind; title: string; body: string; docx?: Buffer | null; docxName?: string | null; basedOn: number; restoredFrom: number | null; by: string },
): Promise<number> {
  const current = await templateSource(db, v.kind)
  if (current.versionNo !== v.basedOn) {
    throw new AppError('CONFLICT', `模板已被他人修改（当前为第${current.versionNo}版），请重新打开后再编辑`)
  }
  const versionNo = current.versionNo + 1
  await db
    .insertInto('document_templates')
    .values({
      id: newId(),
      kind: v.kind,
      version_no: versionNo,
      title: v.title,
      body: v.body,
      docx: v.docx ?? null,
      docx_name: v.docxName ?? null,
      restored_from: v.restoredFrom,
      created_at: nowIso(),
      created_by: v.by,
    })
    .execute()
  return versionNo
}
