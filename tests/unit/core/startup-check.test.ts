import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, newClient } from '../../../electron/core'
import { markClean } from '../../../electron/core/db/clean-close'
import { FakeClock, makeTempDir, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addClerk, createSeizure } from '../../support/seizures'
import { OWN_PASSWORD } from '../../support/users'

// The start-up check (db/connection.ts, db/clean-close.ts): a file that was not closed cleanly, or was changed
// since, is checked fully before it opens (the refusals in backup.test.ts); a cleanly closed one is checked in a
// worker thread right after, every write held until it passes. Damage found there must stop everything before
// a single byte is written.

let t: CoreHarness | undefined
afterEach(async () => t?.dispose())
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

describe('the start-up check of a cleanly closed database', () => {
  it('lets a clean start read and write once the background check has passed', async () => {
    const dir = makeTempDir()
    t = await setUpCore(dir, new FakeClock())
    const { client } = await addClerk(t)
    await createSeizure(t, client)
    await t.core.close()
    expect(existsSync(join(dir, 'taizhang.sqlite.clean'))).toBe(true)
    await t.reopen()
    // The mark is taken at open: a crash from here on leaves none, so the next start checks fully.
    expect(existsSync(join(dir, 'taizhang.sqlite.clean'))).toBe(false)
    await t.core.checked
    await t.ok('auth.login', { login: 'clerk1', password: OWN_PASSWORD }, client)
    expect((await t.ok('seizures.list', {}, client)).total).toBe(1)
  })

  it('opens a clean file with SQLite refusing every write on it until the check has passed, then writes', async () => {
    const dir = makeTempDir()
    t = await setUpCore(dir, new FakeClock())
    const { client } = await addClerk(t)
    await t.core.close()
    t = undefined
    const core = createCore({ dataDir: dir, autoBackup: false })
    try {
      // The check's answer comes from the worker thread as a later task: in this same turn it is still running,
      // and a write that got past dispatch's waiting would still be refused beneath it.
      expect(core.sqlite.pragma('query_only', { simple: true })).toBe(1)
      expect(() => core.sqlite.prepare('UPDATE security_settings SET idle_minutes = idle_minutes').run()).toThrow(/readonly/)
      // A sign-in called at once (it writes its audit entry) is answered once the check has passed.
      const login = await core.invoke('auth.login', { login: 'clerk1', password: OWN_PASSWORD }, client)
      expect(login.ok, JSON.stringify(login)).toBe(true)
      expect(core.sqlite.pragma('query_only', { simple: true })).toBe(0)
      const made = await core.invoke('storage.create', { name: '一号仓库', parentId: null }, client)
      expect(made.ok, JSON.stringify(made)).toBe(true)
    } finally {
      await core.close()
    }
  })

  it('refuses every call once the background check finds damage its size and time do not show, and writes nothing', async () => {
    const dir = makeTempDir()
    t = await setUpCore(dir, new FakeClock())
    const { client } = await addClerk(t)
    await createSeizure(t, client)
    const b = await t.ok('backup.create', {})
    await t.core.close()
    t = undefined
    const dbFile = join(dir, 'taizhang.sqlite')
    // A page rots on disk while the app is closed; the file's size and time stay as the clean close left them.
    const fd = openSync(dbFile, 'r+')
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 3)
    closeSync(fd)
    markClean(dbFile)
    const damaged = sha(dbFile)

    const core = createCore({ dataDir: dir, autoBackup: false })
    const other = newClient()
    // A login writes (its audit entry): it waits for the check, then is refused with the reason and the backup.
    const login = await core.invoke('auth.login', { login: 'clerk1', password: OWN_PASSWORD }, other)
    expect(login.ok).toBe(false)
    if (!login.ok) {
      expect(login.error.code).toBe('STORAGE')
      expect(login.error.message).toMatch(new RegExp(`未通过完整性检查[\\s\\S]*检查通过之前也没有写入[\\s\\S]*${b.fileName}`))
    }
    await expect(core.checked).rejects.toThrow(/未通过完整性检查/)
    // Reads are refused from now on too.
    expect((await core.invoke('app.info', {}, other)).ok).toBe(false)
    await core.close()
    expect(sha(dbFile)).toBe(damaged)
    // No clean mark is left behind: the next start refuses the file before opening it, as after a crash.
    expect(existsSync(`${dbFile}.clean`)).toBe(false)
    expect(() => createCore({ dataDir: dir, autoBackup: false })).toThrow(/未通过完整性检查[\s\S]*没有打开它，也没有写入/)
    expect(sha(dbFile)).toBe(damaged)
  })
})
