import { afterEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { newClient } from '../../../electron/core'
import { hashPassword } from '../../../electron/core/auth/password'
import { entryHash } from '../../../electron/core/audit/chain'
import { migrate } from '../../../electron/core/db/migrate'
import { migrations } from '../../../electron/core/db/migrations'
import { makeTempDir, SETUP_INPUT, setUpCore, tempCore, type CoreHarness } from '../../support/temp-core'

let t: CoreHarness
afterEach(async () => t?.dispose())

/** A few audited changes: setup (2 entries), three profile edits, a logout and a login. */
async function trail(): Promise<CoreHarness> {
  t = await setUpCore()
  for (const [i, phone] of ['0591-1111111', '0591-2222222', '0591-3333333'].entries()) {
    await t.ok('settings.update', { ...SETUP_INPUT.agency, phone, version: i + 1 })
  }
  await t.ok('auth.logout', {})
  await t.ok('auth.login', { login: 'admin', password: SETUP_INPUT.admin.password })
  return t
}

/** Changes the file behind the app's back, as someone with a SQLite tool could. */
function tamper(dbFile: string, sql: (db: BetterSqlite3.Database) => void): void {
  const raw = new BetterSqlite3(dbFile)
  try {
    raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;')
    sql(raw)
  } finally {
    raw.close()
  }
}

describe('the audit hash chain', () => {
  it('chains every entry to the one before, and 审计校验 finds it whole', async () => {
    await trail()
    const result = await t.ok('audit.verify', {})
    expect(result).toMatchObject({ ok: true, checked: 7, broken: null, head: { seq: 7 } })
    const raw = new BetterSqlite3(t.core.dbFile, { readonly: true })
    const rows = raw.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Parameters<typeof entryHash>[0][]
    raw.close()
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(rows.map((r) => (r as unknown as { action: string }).action)).toEqual(['create', 'create', 'update', 'update', 'update', 'logout', 'login'])
    rows.slice(1).forEach((r, i) => expect(r.prev_hash).toBe((rows[i] as unknown as { hash: string }).hash))
  })

  it('refuses UPDATE and DELETE on the trail inside SQLite itself', async () => {
    await trail()
    const raw = new BetterSqlite3(t.core.dbFile)
    expect(() => raw.prepare("UPDATE audit_log SET note = 'x' WHERE seq = 3").run()).toThrow(/append-only/)
    expect(() => raw.prepare('DELETE FROM audit_log WHERE seq = 7').run()).toThrow(/append-only/)
    raw.close()
    expect(await t.ok('audit.verify', {})).toMatchObject({ ok: true, checked: 7 })
  })

  it('reports the edited entry when a row is changed behind the app’s back', async () => {
    await trail()
    tamper(t.core.dbFile, (db) => db.prepare(`UPDATE audit_log SET changes = '{"phone":["0591-1234567","0591-9999999"]}' WHERE seq = 3`).run())
    const r = await t.ok('audit.verify', {})
    expect(r).toMatchObject({ ok: false, checked: 2, broken: { seq: 3, reason: '记录内容与其哈希不符（此条记录被改动）' } })
    expect(r.broken?.at).toBeTruthy()
  })

  it('reports the next entry when the edited row’s hash was recomputed too', async () => {
    await trail()
    tamper(t.core.dbFile, (db) => {
      const row = db.prepare('SELECT * FROM audit_log WHERE seq = 4').get() as Parameters<typeof entryHash>[0]
      const forged = { ...row, user_id: null }
      db.prepare('UPDATE audit_log SET user_id = NULL, hash = ? WHERE seq = 4').run(entryHash(forged))
    })
    expect(await t.ok('audit.verify', {})).toMatchObject({ ok: false, checked: 4, broken: { seq: 5, reason: expect.stringContaining('不衔接') } })
  })

  it('reports a removed entry as missing', async () => {
    await trail()
    tamper(t.core.dbFile, (db) => db.prepare('DELETE FROM audit_log WHERE seq = 5').run())
    expect(await t.ok('audit.verify', {})).toMatchObject({ ok: false, checked: 4, broken: { seq: 5, reason: '第 5 条记录缺失（被删除）' } })
  })

  it('keeps chaining after a restart and across many writers in one process', async () => {
    await trail()
    await t.reopen()
    await t.ok('auth.login', { login: 'admin', password: SETUP_INPUT.admin.password })
    // Concurrent calls are serialised by core's single connection; the chain stays a line.
    await Promise.all([1, 2, 3, 4, 5].map(() => t.ok('auth.me', {})))
    const clients = [newClient(), newClient(), newClient()]
    await Promise.all(clients.map((c) => t.ok('auth.login', { login: 'admin', password: SETUP_INPUT.admin.password }, c)))
    expect(await t.ok('audit.verify', {})).toMatchObject({ ok: true, checked: 11 })
  })
})

describe('migration 3', () => {
  it('moves the entries written before the chain into it, in order, each chained', async () => {
    const dir = makeTempDir()
    const db = new BetterSqlite3(join(dir, 'taizhang.sqlite'))
    migrate(db, join(dir, 'backups'), migrations.slice(0, 2))
    db.prepare("INSERT INTO users (id, login, name, password_hash, created_at, updated_at) VALUES ('u1', 'admin', '王', ?, 'x', 'x')").run(await hashPassword('legacy-pass-1'))
    db.exec(`INSERT INTO user_roles (user_id, role) VALUES ('u1', 'admin');
      INSERT INTO audit_log (id, at, user_id, operation, record_type, record_id, detail) VALUES
        ('a2', '2026-11-20T02:00:00.000Z', 'u1', 'settings.update', 'agency_profile', NULL, '{"changes":{"phone":["1","2"]}}'),
        ('a1', '2026-11-20T01:00:00.000Z', 'u1', 'auth.setup', 'user', 'u1', '{"login":"admin","roles":["admin"]}');`)
    db.close()

    t = tempCore(dir)
    await t.ok('auth.login', { login: 'admin', password: 'legacy-pass-1' })
    const raw = new BetterSqlite3(t.core.dbFile, { readonly: true })
    const rows = raw.prepare('SELECT seq, operation, action, changes FROM audit_log ORDER BY seq').all()
    raw.close()
    expect(rows).toEqual([
      { seq: 1, operation: 'auth.setup', action: 'legacy', changes: '{"login":[null,"admin"],"roles":[null,["admin"]]}' },
      { seq: 2, operation: 'settings.update', action: 'legacy', changes: '{"phone":["1","2"]}' },
      { seq: 3, operation: 'auth.login', action: 'login', changes: '{}' },
    ])
    expect(await t.ok('audit.verify', {})).toMatchObject({ ok: true, checked: 3 })
  })
})
