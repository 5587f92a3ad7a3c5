import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { AppError } from '../errors'
import { migrate, type MigrationReport } from './migrate'
import { statementsOf } from './statement-cache'
import { takeCleanMark } from './clean-close'
import { quickCheckFile } from './file-worker'
import { LATEST_SCHEMA_VERSION } from './migrations'
import { newestGoodBackup } from '../backup/recover'
import type { Manifest } from '../backup/manifest'
import type { Database } from './schema'
import { formatLocalTime } from '../../../shared/rules/local-time'

export const DB_FILE_NAME = 'taizhang.sqlite'

export interface OpenedDatabase {
  file: string
  sqlite: BetterSqlite3.Database
  db: Kysely<Database>
  migration: MigrationReport
  /** quick_check already passed at open; false: the caller checks it in the background before any write. */
  checked: boolean
}

/** Opens (creating if needed) the data dir's database, sets the durability pragmas and migrates it. */
export function openDatabase(dataDir: string): OpenedDatabase {
  mkdirSync(dataDir, { recursive: true })
  const file = join(dataDir, DB_FILE_NAME)
  let sqlite: BetterSqlite3.Database
  try {
    sqlite = new BetterSqlite3(file)
    // WAL + synchronous=FULL: a saved record survives a power cut.
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = FULL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('busy_timeout = 5000')
    // Up to 256 MiB of pages kept by SQLite itself (taken only as pages are read): at ten years of records the
    // list's tables and indexes stay in memory instead of being read from the OS page by page, 3–4× faster.
    sqlite.pragma('cache_size = -262144')
  } catch (err) {
    const code = (err as { code?: string }).code
    // A file that is there but cannot be read as a database is damaged: same refusal as a failed check.
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') throw new DamagedDatabaseError(file, describeSqliteError(err), newestGoodBackup(dataDir))
    throw new AppError('STORAGE', `无法打开数据库文件 ${file}：${describeSqliteError(err)}`)
  }
  // Never write to (or migrate) a damaged file: refuse, and name the newest backup that still verifies. A file
  // closed cleanly and untouched since (clean-close.ts) with nothing to migrate is checked in the background
  // instead, every write held until that check passes (create-core.ts); any other is checked fully here.
  const clean = takeCleanMark(file)
  const pending = (sqlite.pragma('user_version', { simple: true }) as number) < LATEST_SCHEMA_VERSION
  const checkNow = !clean || pending
  if (checkNow) {
    let check: unknown
    try {
      check = sqlite.pragma('quick_check', { simple: true })
    } catch (err) {
      check = describeSqliteError(err)
    }
    if (check !== 'ok') {
      sqlite.close()
      throw new DamagedDatabaseError(file, String(check), newestGoodBackup(dataDir))
    }
  }
  try {
    const migration = migrate(sqlite, join(dataDir, 'backups'))
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: statementsOf(sqlite) }) })
    return { file, sqlite, db, migration, checked: checkNow }
  } catch (err) {
    sqlite.close()
    if (err instanceof AppError) throw err
    throw new AppError('STORAGE', `数据库升级失败，原数据未改动：${describeSqliteError(err)}`)
  }
}

/**
 * The database failed its integrity check: at open (nothing opened), or in the background check just after a
 * clean start (`opened`: it was read, never written). The file is left exactly as it is.
 */
export class DamagedDatabaseError extends AppError {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly newestBackup: Manifest | null,
    readonly opened = false,
  ) {
    const offer = newestBackup
      ? `最近的完好备份是 ${newestBackup.fileName}（${formatLocalTime(newestBackup.createdAt)}）。可以从它恢复：损坏的文件会移到数据目录的 damaged 文件夹保留，不会被覆盖。`
      : '没有找到可用的完好备份，请联系技术人员。'
    const kept = opened ? '为保护数据，程序已停止使用它，检查通过之前也没有写入。' : '为保护数据，程序没有打开它，也没有写入。'
    super('STORAGE', `数据库文件未通过完整性检查，可能已损坏（${detail.split('\n')[0]!.slice(0, 120)}）。${kept}${offer}`)
  }
}

/** The background check of a cleanly closed database (see openDatabase): resolves once it passed. */
export async function checkInBackground(dataDir: string, file: string): Promise<void> {
  let check: string
  try {
    check = await quickCheckFile(file)
  } catch (err) {
    check = describeSqliteError(err)
  }
  if (check !== 'ok') throw new DamagedDatabaseError(file, check, newestGoodBackup(dataDir), true)
}

function describeSqliteError(err: unknown): string {
  const code = (err as { code?: string }).code
  if (code === 'SQLITE_NOTADB') return '该文件不是台账数据库或已损坏'
  if (code === 'SQLITE_CORRUPT') return '数据库文件已损坏'
  if (code === 'SQLITE_CANTOPEN') return '文件无法打开（检查路径和权限）'
  if (code === 'SQLITE_FULL') return '磁盘已满'
  if (code === 'SQLITE_READONLY') return '文件只读'
  return err instanceof Error ? err.message : String(err)
}
