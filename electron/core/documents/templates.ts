import type { Kysely } from 'kysely'
import type { TemplateState, TemplateVersion } from '../../../shared/api/documents'
import type { DocumentKind } from '../../../shared/domain/documents'
import type { Database } from '../db/schema'
import { newId, nowIso } from '../db/ids'
import { AppError } from '../errors'
import { KINDS } from './kinds'

type Db = Kysely<Database>

/** The kind's versions, newest first, ending with the built-in default (version 0). */
export async function templateState(db: Db, kind: DocumentKind): Promise<TemplateState> {
  const rows = await db
    .selectFrom('document_templates as t')
    .leftJoin('users as u', 'u.id', 't.created_by')
    .select(['t.version_no', 't.title', 't.body', 't.created_at', 'u.name as user_name'])
    .where('t.kind', '=', kind)
    .orderBy('t.version_no', 'desc')
    .execute()
  const builtIn: TemplateVersion = { versionNo: 0, ...KINDS[kind].defaultTemplate, createdAt: null, createdBy: null }
  const versions: TemplateVersion[] = [
    ...rows.map((r) => ({ versionNo: r.version_no, title: r.title, body: r.body, createdAt: r.created_at, createdBy: r.user_name })),
    builtIn,
  ]
  return { kind, current: versions[0]!, versions }
}

/**
 * Saves wording as the next version. `basedOn` is the version the editor started from: if someone saved
 * in between, CONFLICT rather than overwriting their wording.
 */
export async function saveTemplateVersion(
  db: Db,
  v: { kind: DocumentKind; title: string; body: string; basedOn: number; restoredFrom: number | null; by: string },
): Promise<number> {
  const state = await templateState(db, v.kind)
  if (state.current.versionNo !== v.basedOn) {
    throw new AppError('CONFLICT', `模板已被他人修改（当前为第${state.current.versionNo}版），请重新打开后再编辑`)
  }
  const versionNo = state.current.versionNo + 1
  await db
    .insertInto('document_templates')
    .values({ id: newId(), kind: v.kind, version_no: versionNo, title: v.title, body: v.body, restored_from: v.restoredFrom, created_at: nowIso(), created_by: v.by })
    .execute()
  return versionNo
}
