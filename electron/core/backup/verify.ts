import { rmSync, statSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { AppError } from '../errors'

// Checks a database file without changing it: it opens, passes quick_check, and its schema is one this build
// can read. Returns what a manifest records about it.

export interface VerifiedFile {
  schemaVersion: number
  auditHead: { seq: number; hash: string } | null
  attachmentHashes: string[]
}

const tableExists = (db: BetterSqlite3.Database, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined

export function verifyDatabaseFile(file: string, what = '备份'): VerifiedFile {
  let db: BetterSqlite3.Database
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  } catch (err) {
    throw new AppError('STORAGE', `${what}文件无法打开：${(err as Error).message}`)
  }
  try {
    const check = db.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new AppError('STORAGE', `${what}未通过完整性检查：${String(check)}`)
    const schemaVersion = db.pragma('user_version', { simple: true }) as number
    if (schemaVersion < 1 || schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new AppError('STORAGE', `${what}的数据库结构版本为 ${schemaVersion}，本程序支持 1–${LATEST_SCHEMA_VERSION}`)
    }
    // Before schema 3 the trail had no chain (no seq/hash): such a copy has no head to record.
    const chained = tableExists(db, 'audit_log') && (db.prepare("SELECT 1 FROM pragma_table_info('audit_log') WHERE name = 'hash'").get() !== undefined)
    const head = chained ? (db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined) : undefined
    const attachmentHashes = tableExists(db, 'attachments') ? (db.prepare('SELECT DISTINCT sha256 FROM attachments ORDER BY sha256').pluck().all() as string[]) : []
    return { schemaVersion, auditHead: head ?? null, attachmentHashes }
  } catch (err) {
    if (err instanceof AppError) throw err
    throw new AppError('STORAGE', `${what}已损坏：${(err as Error).message}`)
  } finally {
    db.close()
    removeReadOnlySidecars(file)
  }
}

/**
 * A read-only look at a WAL-mode file leaves an empty `-wal` and a `-shm` beside it (a reader cannot remove
 * them): take them away again. A `-wal` holding anything is never touched.
 */
export function removeReadOnlySidecars(file: string): void {
  try {
    if (statSync(`${file}-wal`).size === 0) rmSync(`${file}-wal`, { force: true })
    else return
  } catch {
    // no -wal
  }
  rmSync(`${file}-shm`, { force: true })
}
