import type { Kysely } from 'kysely'
import type { DocumentFontSettings } from '../../../shared/api/documents'
import type { Database } from '../db/schema'
import { newId, nowIso } from '../db/ids'
import { AppError } from '../errors'
import { DEFAULT_FONTS, type DocumentFonts } from './gbt9704'

type Db = Kysely<Database>

/** The office's document fonts; the GB/T 9704 defaults (version 0) until an admin changes them. */
export async function documentFonts(db: Db): Promise<DocumentFontSettings> {
  const row = await db.selectFrom('document_fonts').selectAll().executeTakeFirst()
  if (!row) return { ...DEFAULT_FONTS, version: 0 }
  return { title: row.title, body: row.body, heading1: row.heading1, heading2: row.heading2, pageNumber: row.page_number, latin: row.latin, version: row.version }
}

export async function saveDocumentFonts(db: Db, f: DocumentFonts, version: number, by: string): Promise<void> {
  const current = await documentFonts(db)
  if (current.version !== version) throw new AppError('CONFLICT', '字体设置已被他人修改，请刷新后重新编辑')
  const columns = { title: f.title, body: f.body, heading1: f.heading1, heading2: f.heading2, page_number: f.pageNumber, latin: f.latin, updated_at: nowIso(), updated_by: by }
  if (version === 0) {
    await db.insertInto('document_fonts').values({ id: newId(), ...columns, version: 1 }).execute()
  } else {
    await db.updateTable('document_fonts').set({ ...columns, version: version + 1 }).where('version', '=', version).execute()
  }
}
