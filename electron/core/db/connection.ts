import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { AppError } from '../errors'
import { migrate, type MigrationReport } from './migrate'
import type { Database } from './schema'

export const DB_FILE_NAME = 'taizhang.sqlite'

export interface OpenedDatabase {
  file: string
  sqlite: BetterSqlite3.Database
  db: Kysely<Database>
  migration: MigrationReport
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
  } catch (err) {
    throw new AppError('STORAGE', `无法打开数据库文件 ${file}：${describeSqliteError(err)}`)
  }
  try {
    const migration = migrate(sqlite, join(dataDir, 'backups'))
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
    return { file, sqlite, db, migration }
  } catch (err) {
    sqlite.close()
    if (err instanceof AppError) throw err
    throw new AppError('STORAGE', `数据库升级失败，原数据未改动：${describeSqliteError(err)}`)
  }
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
