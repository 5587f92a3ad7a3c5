import { createHash } from 'node:crypto'
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { entryHash, GENESIS_HASH, type ChainedEntry } from '../../../electron/core/audit/chain'
import { AUDIT_KEY_FILE } from '../../../electron/core/audit/audit-key'
import type { AuditVerifyResult } from '../../../shared/api/audit'
import { addClerk, createSeizure } from '../../support/seizures'
import { SETUP_INPUT, setUpCore, type CoreHarness } from '../../support/temp-core'

// 审计校验 against someone who can edit the SQLite file but does not hold the office's key (issue 21, item 10).
// Each way of tampering in its own test; each passed the hash chain alone before the seals.

let t: CoreHarness
afterEach(async () => t?.dispose())

/** An office's day: setup, a clerk, two seizures (one voided), profile edits, a failed and a good login. */
async function office(): Promise<{ registerNo: string; clerkId: string }> {
  t = await setUpCore()
  const clerk = await addClerk(t)
  const s = await createSeizure(t, clerk.client)
  const other = await createSeizure(t, clerk.client, { decisionNo: '测市监强制〔2026〕13号' })
  await t.ok('seizures.void', { id: other.id, version: other.version, reason: '重复登记' }, clerk.client)
  await t.ok('settings.update', { ...SETUP_INPUT.agency, phone: '0591-2222222', version: 1 })
  await t.call('auth.login', { login: 'clerk1', password: 'wrong-pass' }, (await addClerk(t, 'clerk2', '钱录入')).client)
  await t.ok('backup.create', {})
  return { registerNo: s.registerNo, clerkId: clerk.id }
}

/** Edits the file behind the app's back with a SQLite tool (the trail's own refusals dropped first). */
function tamper(edit: (db: BetterSqlite3.Database) => void): void {
  const raw = new BetterSqlite3(t.core.dbFile)
  try {
    raw.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;')
    edit(raw)
  } finally {
    raw.close()
  }
}

/** Recomputes every entry's hash from the first, as an editor who knows the chain's formula would. */
function rehash(db: BetterSqlite3.Database): void {
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as (ChainedEntry & { hash: string })[]
  let prev = GENESIS_HASH
  const set = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?')
  for (const r of rows) {
    const hash = entryHash({ ...r, prev_hash: prev })
    set.run(prev, hash, r.seq)
    prev = hash
  }
}

const verify = (): Promise<AuditVerifyResult> => t.ok('audit.verify', {})
const reasons = (r: AuditVerifyResult) => r.findings.map((f) => `${f.where}：${f.reason}`)

describe('审计校验 with the seals', () => {
  it('finds an office whole after a day of ordinary work (and a backup)', async () => {
    await office()
    const r = await verify()
    expect(reasons(r)).toEqual([])
    expect(r).toMatchObject({ ok: true, broken: null, findingsTotal: 0 })
  })

  it('names an entry edited and the chain re-hashed to its end', async () => {
    await office()
    tamper((db) => {
      db.prepare(`UPDATE audit_log SET note = '已核实' WHERE seq = 3`).run()
      rehash(db)
    })
    const r = await verify()
    expect(r.broken).toBeNull() // the chain alone is consistent again
    expect(r.ok).toBe(false)
    expect(reasons(r)).toContainEqual(expect.stringMatching(/^审计日志：第 \d+ 条及以前的记录被改写后重新计算了哈希/))
  })

  it.each([1, 5, 50])('names the last %i entries cut off', async (n) => {
    await office()
    const head = (await verify()).head!.seq
    const cut = Math.min(n, head - 1)
    tamper((db) => db.prepare('DELETE FROM audit_log WHERE seq > ?').run(head - cut))
    const r = await verify()
    expect(r.broken).toBeNull()
    expect(reasons(r)).toContain(`审计日志：末尾第 ${head - cut + 1}–${head} 条记录被删除（签封记到第 ${head} 条）`)
  })

  it('names an entry deleted and the rest renumbered and re-hashed', async () => {
    await office()
    tamper((db) => {
      db.prepare('DELETE FROM audit_log WHERE seq = 4').run()
      db.prepare('UPDATE audit_log SET seq = seq + 1000000 WHERE seq > 4').run()
      db.prepare('UPDATE audit_log SET seq = seq - 1000001 WHERE seq > 1000000').run()
      rehash(db)
    })
    const r = await verify()
    expect(r.broken).toBeNull()
    expect(reasons(r)).toContainEqual(expect.stringMatching(/^审计日志：末尾第 \d+–\d+ 条记录被删除/))
  })

  it('names a forged entry appended with a valid hash', async () => {
    await office()
    tamper((db) => {
      const last = db.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1').get() as ChainedEntry & { hash: string }
      const forged = { ...last, seq: last.seq + 1, prev_hash: last.hash, action: 'unlock', note: '伪造' }
      db.prepare('INSERT INTO audit_log (seq, at, user_id, operation, action, record_type, record_id, changes, note, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        forged.seq, forged.at, forged.user_id, forged.operation, forged.action, forged.record_type, forged.record_id, forged.changes, forged.note, forged.prev_hash, entryHash(forged),
      )
    })
    const r = await verify()
    expect(r.broken).toBeNull()
    expect(reasons(r)).toContainEqual(expect.stringMatching(/^审计日志：第 \d+–\d+ 条记录不是本程序写入的/))
  })

  it("names a seizure whose party was edited in its table, without touching the log", async () => {
    const { registerNo } = await office()
    tamper((db) => db.prepare(`UPDATE seizures SET party_name = '另一家公司' WHERE register_no = ?`).run(registerNo))
    const r = await verify()
    expect(r.broken).toBeNull()
    expect(reasons(r)).toEqual([`查扣记录（${registerNo}）：内容与签封不符：在程序之外被改动`])
  })

  it('names a role granted in user_roles', async () => {
    const { clerkId } = await office()
    tamper((db) => db.prepare(`INSERT INTO user_roles (user_id, role) VALUES (?, 'admin')`).run(clerkId))
    const r = await verify()
    expect(reasons(r)).toEqual(['账号角色（clerk1，角色 admin）：没有签封：不是本程序写入的（在程序之外新增）'])
  })

  it('names a record line deleted outside the app', async () => {
    await office()
    tamper((db) => db.prepare('DELETE FROM seizure_items WHERE rowid = (SELECT max(rowid) FROM seizure_items)').run())
    const r = await verify()
    expect(reasons(r)).toContainEqual(expect.stringMatching(/^查扣物品（.+）：有签封而记录不见了：在程序之外被删除$/))
  })

  it('says when the seals were made with another key (a file re-sealed elsewhere, or the key file lost)', async () => {
    await office()
    writeFileSync(join(t.dataDir, AUDIT_KEY_FILE), `${'ab'.repeat(32)}\n`)
    await t.reopen()
    await t.ok('auth.login', { login: 'admin', password: SETUP_INPUT.admin.password })
    const r = await verify()
    expect(r.ok).toBe(false)
    expect(reasons(r)[0]).toMatch(/^签封：几乎所有记录都与本机的审计密钥不符/)
    expect(r.findingsTotal).toBeGreaterThan(10)
  })

  it('keeps the key out of the database and of every backup', async () => {
    await office()
    const key = readFileSync(join(t.dataDir, AUDIT_KEY_FILE), 'utf8').trim()
    const raw = new BetterSqlite3(t.core.dbFile, { readonly: true })
    const dump = JSON.stringify(raw.prepare("SELECT group_concat(quote(mac)) AS m FROM record_seals").get())
    raw.close()
    expect(dump).not.toContain(key)
    const { backups } = await t.ok('backup.list', {})
    const file = readFileSync(join(t.dataDir, 'backups', backups[0]!.fileName))
    expect(file.includes(Buffer.from(key))).toBe(false)
    expect(file.includes(Buffer.from(key, 'hex'))).toBe(false)
  })

  it('names a whole file put back from an older copy: a later signed backup recorded a head the chain no longer has', async () => {
    await office()
    const older = (await t.ok('backup.list', {})).backups[0]!.fileName
    await t.ok('settings.update', { ...SETUP_INPUT.agency, phone: '0591-3333333', version: 2 })
    const later = await t.ok('backup.create', {})
    await t.core.close()
    const db = t.core.dbFile
    for (const side of ['-wal', '-shm']) rmSync(`${db}${side}`, { force: true })
    copyFileSync(join(t.dataDir, 'backups', older), db)
    await t.reopen()
    await t.ok('auth.login', { login: SETUP_INPUT.admin.login, password: SETUP_INPUT.admin.password })
    const r = await verify()
    expect(r.broken).toBeNull()
    expect(reasons(r)[0]).toMatch(new RegExp(`^审计日志：末尾的记录被删除：备份 ${later.fileName} 记下的第 \\d+ 条已不在$`))
  })

  it('refuses a backup whose manifest was rewritten to match a changed file, in 校验全部备份 and in a restore', async () => {
    await office()
    const [b] = (await t.ok('backup.list', {})).backups
    const file = join(t.dataDir, 'backups', b!.fileName)
    // The backup edited, and its manifest given the new size and hash.
    const raw = new BetterSqlite3(file)
    raw.prepare(`UPDATE agency_profile SET phone = '0591-0000000'`).run()
    raw.close()
    const manifestFile = `${file}.json`
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>
    const bytes = readFileSync(file)
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }, null, 2))
    const report = await t.ok('backup.verify', {})
    expect(report.backups.find((c) => c.fileName === b!.fileName)?.problems).toEqual(['备份记录（.json）被改写，或由另一台电脑的密钥签名：签名不符'])
    // The signature taken off as well: still refused.
    const { signature: _signature, ...unsigned } = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>
    writeFileSync(manifestFile, JSON.stringify(unsigned, null, 2))
    const restore = await t.call('backup.restore', { fileName: b!.fileName, confirm: '确认恢复' })
    expect(restore).toMatchObject({ ok: false, error: { code: 'STORAGE', message: '该备份不能用于恢复：备份记录（.json）没有签名：签名被去掉' } })
  })
})
