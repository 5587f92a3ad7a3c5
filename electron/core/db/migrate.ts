import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import { AppError } from '../errors'
import { migrations as defaultMigrations } from './migrations'
import { recordMigrationBackup } from '../backup/migration-backup'
import type { Migration } from './migrations/types'

export interface MigrationReport {
  from: number
  to: number
  /** Copy of the database taken before the first pending migration; null when nothing ran or the file was new. */
  backupFile: string | null
}

const fileStamp = (): string => new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, 'Z').replace('T', '-')

/**
 * Brings the database up to the newest schema this build knows.
 * Refuses a database written by a newer build, and copies an existing database before touching it.
 */
export function migrate(
  db: BetterSqlite3.Database,
  backupDir: string,
  list: readonly Migration[] = defaultMigrations,
): MigrationReport {
  assertOrdered(list)
  const latest = list.at(-1)?.version ?? 0
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > latest) {
    throw new AppError(
      'STORAGE',
      `此数据库由较新版本的台账程序写入（数据库结构版本 ${current}，本程序最高支持 ${latest}）。为防止数据损坏，程序拒绝打开它。请安装新版本的台账程序后再打开。`,
    )
  }
  const pending = list.filter((m) => m.version > current)
  if (pending.length === 0) return { from: current, to: current, backupFile: null }

  const hasTables =
    (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").get() as { n: number }).n > 0
  let backupFile: string | null = null
  if (hasTables) {
    mkdirSync(backupDir, { recursive: true })
    backupFile = join(backupDir, `taizhang-${fileStamp()}-v${current}-migration.sqlite`)
    // VACUUM INTO writes a consistent, complete copy (WAL content included) in one statement.
    db.prepare('VACUUM INTO ?').run(backupFile)
    recordMigrationBackup(backupDir, backupFile)
  }

  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`)
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.sql)
      m.run?.(db)
      record.run(m.version, m.name, new Date().toISOString())
      db.pragma(`user_version = ${m.version}`)
    })()
  }
  return { from: current, to: latest, backupFile }
}

function assertOrdered(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration list out of order at index ${i}: version ${m.version}`)
  })
}
