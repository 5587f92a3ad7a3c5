import { rmSync, statSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { AppError } from '../errors'
import { quickCheckFile } from '../db/file-worker'

/** The tables that keep files in the attachment store (their column sha256). */
export const FILE_TABLES = ['attachments', 'destruction_attachments', 'station_attachments'] as const

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
  return inspect(file, what, true)
}

/** The same, with its quick_check (seconds for a large file) in a worker thread: for work beside other calls. */
export async function verifyDatabaseFileAsync(file: string, what = '备份'): Promise<VerifiedFile> {
  let check: string
  try {
    check = await quickCheckFile(file)
  } catch (err) {
    throw new AppError('STORAGE', `${what}文件无法打开：${(err as Error).message}`)
  }
  if (check !== 'ok') throw new AppError('STORAGE', `${what}未通过完整性检查：${check}`)
  return inspect(file, what, false)
}

function inspect(file: string, what: string, quickCheck: boolean): VerifiedFile {
  let db: BetterSqlite3.Database
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  } catch (err) {
    throw new AppError('STORAGE', `${what}文件无法打开：${(err as Error).message}`)
  }
  try {
    const check = quickCheck ? db.pragma('quick_check', { simple: true }) : 'ok'
    if (check !== 'ok') throw new AppError('STORAGE', `${what}未通过完整性检查：${String(check)}`)
    const schemaVersion = db.pragma('user_version', { simple: true }) as number
    if (schemaVersion < 1 || schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new AppError('STORAGE', `${what}的数据库结构版本为 ${schemaVersion}，本程序支持 1–${LATEST_SCHEMA_VERSION}`)
    }
    // Before schema 3 the trail had no chain (no seq/hash): such a copy has no head to record.
    const chained = tableExists(db, 'audit_log') && (db.prepare("SELECT 1 FROM pragma_table_info('audit_log') WHERE name = 'hash'").get() !== undefined)
    const head = chained ? (db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined) : undefined
    // Every table whose rows name a stored file: a backup carries the files of seizures, batches and stations.
    const holders = FILE_TABLES.filter((t) => tableExists(db, t))
    const attachmentHashes = holders.length === 0 ? [] : (db.prepare(`SELECT sha256 FROM (${holders.map((t) => `SELECT sha256 FROM ${t}`).join(' UNION ')}) ORDER BY sha256`).pluck().all() as string[])
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
