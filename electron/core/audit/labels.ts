import type { Kysely } from 'kysely'
import type { AuditEntryView } from '../../../shared/api/audit'
import type { RecordType } from '../../../shared/domain/audit'
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../../shared/domain/documents'
import type { Database } from '../db/schema'

// Audit rows name the record the way people know it — 李晓（lixiao）, 2026-0001, the document's title — not by an
// id fragment. Looked up when the rows are read (the entry itself keeps the id, so renames show the name now).
// A new record type adds its lookup here.

type Db = Kysely<Database>
type Lookup = (db: Db, ids: string[]) => Promise<[string, string][]>

const LOOKUPS: Partial<Record<RecordType, Lookup>> = {
  user: async (db, ids) =>
    (await db.selectFrom('users').select(['id', 'login', 'name']).where('id', 'in', ids).execute()).map((r) => [r.id, `${r.name}（${r.login}）`]),
  seizure: async (db, ids) =>
    (await db.selectFrom('seizures').select(['id', 'register_no']).where('id', 'in', ids).execute()).map((r) => [r.id, `登记号 ${r.register_no}`]),
  document: async (db, ids) =>
    (await db.selectFrom('document_archive').select(['id', 'title']).where('id', 'in', ids).execute()).map((r) => [r.id, r.title]),
  storage_location: async (db, ids) =>
    (await db.selectFrom('storage_locations').select(['id', 'name']).where('id', 'in', ids).execute()).map((r) => [r.id, r.name]),
  document_template: async (_db, ids) => ids.filter((k) => k in DOCUMENT_KIND_LABELS).map((k) => [k, DOCUMENT_KIND_LABELS[k as DocumentKind]]),
  // A backup's id is its file name already.
  backup: async (_db, ids) => ids.map((id) => [id, id]),
}

/** Ids per query: well under SQLite's limit on bound values. */
const CHUNK = 500

/** The entries with `recordLabel` filled where the record type has a lookup and the record is found. */
export async function withRecordLabels(db: Db, entries: AuditEntryView[]): Promise<AuditEntryView[]> {
  const wanted = new Map<RecordType, Set<string>>()
  for (const e of entries) {
    if (e.recordId === null || !LOOKUPS[e.recordType]) continue
    let ids = wanted.get(e.recordType)
    if (!ids) wanted.set(e.recordType, (ids = new Set()))
    ids.add(e.recordId)
  }
  const labels = new Map<string, string>()
  for (const [type, ids] of wanted) {
    const all = [...ids]
    for (let i = 0; i < all.length; i += CHUNK) {
      for (const [id, label] of await LOOKUPS[type]!(db, all.slice(i, i + CHUNK))) labels.set(`${type}|${id}`, label)
    }
  }
  return entries.map((e) => ({ ...e, recordLabel: e.recordId === null ? null : (labels.get(`${e.recordType}|${e.recordId}`) ?? null) }))
}
