import { existsSync, readFileSync, readdirSync, truncateSync, writeFileSync, openSync, writeSync, closeSync, statSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createCore } from '../../../electron/core'
import { recoverFromBackup } from '../../../electron/core/backup/recover'
import { backupsToDelete, type Kept } from '../../../electron/core/backup/retention'
import { LOCK_FILE } from '../../../electron/core/instance-lock'
import { FakeClock, makeTempDir, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addClerk, createSeizure } from '../../support/seizures'
import { OWN_PASSWORD } from '../../support/users'
import { dbContent } from '../../support/db-snapshot'
import { isAbsolutePath } from '../../../shared/api/backup'
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations'

let t: CoreHarness
afterEach(async () => t?.dispose())

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')

describe('backups', () => {
  it('takes a verified copy with its manifest, audit head and attachments', async () => {
    t = await setUpCore(undefined, new FakeClock())
    const { client } = await addClerk(t)
    const s = await createSeizure(t, client)
    await t.ok('attachments.add', { seizureId: s.id, fileName: '照片.png', base64: PNG.toString('base64') }, client)
    const b = await t.ok('backup.create', {})
    expect(b).toMatchObject({ reason: 'manual', schemaVersion: LATEST_SCHEMA_VERSION, attachments: 1, secondCopy: null })
    const file = join(t.dataDir, 'backups', b.fileName)
    expect(sha(file)).toBe(b.sha256)
    expect(statSync(file).size).toBe(b.sizeBytes)
    const head = (await t.ok('audit.verify', {})).head
    // The entry for this backup comes after the copy: the copy's head is the entry before it.
    expect(b.auditHead?.seq).toBe(head!.seq - 1)
    const hash = (await t.ok('attachments.list', { seizureId: s.id }, client))[0]!.sha256
    expect(existsSync(join(t.dataDir, 'backups', 'attachments', hash.slice(0, 2), hash))).toBe(true)
    const list = await t.ok('backup.list', {})
    expect(list.backups.map((x) => x.fileName)).toContain(b.fileName)
    expect(await t.ok('backup.progress', {})).toEqual({ running: false, percent: 0 })
    expect((await t.call('backup.create', {}, client)).ok).toBe(false) // admins only
  })

  it('leaves nothing beside its backups: no .part, -wal or -shm files after taking and checking them, and sweeps those of earlier versions at start', async () => {
    t = await setUpCore(undefined, new FakeClock())
    const a = await t.ok('backup.create', {})
    await t.ok('backup.create', {})
    await t.ok('backup.verify', {})
    const dir = join(t.dataDir, 'backups')
    const strays = () => readdirSync(dir).filter((n) => /\.part|-wal$|-shm$/.test(n))
    expect(strays()).toEqual([])
    // What an earlier version left: the sidecars of a read-only check and of an interrupted backup.
    for (const n of [`${a.fileName}-wal`, `${a.fileName}-shm`, 'taizhang-20261101-090000-daily.sqlite.part', 'taizhang-20261101-090000-daily.sqlite.part-wal', 'taizhang-20261101-090000-daily.sqlite.part-shm']) {
      writeFileSync(join(dir, n), '')
    }
    await t.reopen()
    expect(strays()).toEqual([])
    expect(readdirSync(dir)).toContain(a.fileName)
  })

  it('keeps a daily copy at the first start of each day, and only one', async () => {
    const clock = new FakeClock()
    t = await setUpCore(undefined, clock)
    await t.reopen()
    await t.reopen()
    const daily = () => t.ok('backup.list', {}).then((l) => l.backups.filter((b) => b.reason === 'daily'))
    await t.ok('auth.login', { login: 'admin', password: 'admin-pass-123' })
    expect(await daily()).toHaveLength(1)
    clock.advanceMinutes(24 * 60)
    await t.reopen()
    await t.ok('auth.login', { login: 'admin', password: 'admin-pass-123' })
    // Taken in the background after start.
    await vi.waitFor(async () => expect(await daily()).toHaveLength(2), { timeout: 15_000 })
  })

  it('keeps the newest days and one per month, and the newest few of each other kind', () => {
    const list: Kept[] = []
    for (let d = 0; d < 400; d++) {
      const day = new Date(Date.UTC(2025, 10, 1) + d * 86_400_000).toISOString().slice(0, 10)
      list.push({ fileName: `d${d}`, reason: 'daily', createdAt: `${day}T01:00:00Z`, day })
    }
    for (let i = 0; i < 15; i++) list.push({ fileName: `m${i}`, reason: 'manual', createdAt: `2026-01-${String(i + 1).padStart(2, '0')}T02:00:00Z`, day: '2026-01-01' })
    const dropped = new Set(backupsToDelete(list, 14, 12))
    const kept = list.filter((b) => !dropped.has(b.fileName))
    const keptDaily = kept.filter((b) => b.reason === 'daily').map((b) => b.day)
    // 14 newest days + the newest of 12 months (the two newest months' newest days are among the 14).
    expect(keptDaily).toHaveLength(14 + 10)
    expect(keptDaily).toContain('2026-12-05') // the newest
    expect(keptDaily).toContain('2026-01-31') // the last of a month, eleven months back
    expect(kept.filter((b) => b.reason === 'manual').map((b) => b.fileName)).toEqual(['m5', 'm6', 'm7', 'm8', 'm9', 'm10', 'm11', 'm12', 'm13', 'm14'])
  })

  it('copies every backup to the second folder too, and reports a missing one without failing the backup', async () => {
    t = await setUpCore(undefined, new FakeClock())
    const second = makeTempDir('taizhang-usb-')
    const settings = (await t.ok('backup.list', {})).settings
    const s2 = await t.ok('backup.settings.update', { secondFolder: second, keepDaily: 14, keepMonthly: 12, version: settings.version })
    const b = await t.ok('backup.create', {})
    expect(b.secondCopy).toBe(join(second, 'taizhang-backups'))
    expect(sha(join(second, 'taizhang-backups', b.fileName))).toBe(b.sha256)
    await t.ok('backup.settings.update', { secondFolder: join(second, '未插入的U盘'), keepDaily: 14, keepMonthly: 12, version: s2.version })
    const c = await t.ok('backup.create', {})
    expect(c.secondCopy).toBeNull()
    expect((await t.ok('backup.list', {})).lastError).toContain('第二备份位置不存在或未连接')
  })

  it('refuses a second folder that is not a full path, or lies inside the data folder, changing nothing', async () => {
    t = await setUpCore(undefined, new FakeClock())
    const settings = (await t.ok('backup.list', {})).settings
    const before = dbContent(t.core.dbFile)
    const update = (secondFolder: string) => t.call('backup.settings.update', { secondFolder, keepDaily: 14, keepMonthly: 12, version: settings.version })
    for (const relativePath of ['.', '..', 'backups', '台账备份\\2026', 'E:', 'E:台账']) {
      expect(await update(relativePath), relativePath).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { secondFolder: '第二备份位置应为完整路径，例如 E:\\台账备份 或 \\\\服务器\\共享' } },
      })
    }
    for (const inside of [t.dataDir, join(t.dataDir, 'backups'), join(t.dataDir, 'x', '..', 'copies')]) {
      expect(await update(inside), inside).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { secondFolder: '第二备份位置不能在数据目录之内' } } })
    }
    expect(dbContent(t.core.dbFile)).toBe(before)
    // Full paths the office will use: a drive, a share, a POSIX mount, and a sibling folder whose name starts like the data folder's.
    expect(isAbsolutePath('E:\\台账备份')).toBe(true)
    expect(isAbsolutePath('e:/backup')).toBe(true)
    expect(isAbsolutePath('\\\\server\\share\\台账')).toBe(true)
    expect(isAbsolutePath('\\\\server')).toBe(false)
    expect(await update(`${t.dataDir}-副本`)).toMatchObject({ ok: true })
  })
})

describe('restoring', () => {
  it('gives back exactly the data of the backup, keeps the current data as a 恢复前 copy, and ends every session', async () => {
    t = await setUpCore(undefined, new FakeClock())
    const { client } = await addClerk(t)
    await createSeizure(t, client)
    const snapshot = async () => [await t.ok('seizures.list', { includeVoided: true }, client), await t.ok('settings.get', {}, client), await t.ok('storage.list', { includeVoided: true }, client)]
    const before = await snapshot()
    const b = await t.ok('backup.create', {})

    // Work after the backup: a new record and a changed profile.
    await createSeizure(t, client, { decisionNo: '测市监强制〔2026〕77号' })
    const profile = await t.ok('settings.get', {})
    await t.ok('settings.update', { fullName: '改过的名称市场监督管理局', shortName: '改市监', address: '', phone: '', postcode: '', version: profile.version })

    const r = await t.ok('backup.restore', { fileName: b.fileName, confirm: '确认恢复' })
    expect(r.restoredFrom).toBe(b.fileName)
    // Everyone signs in again, on the restored data.
    expect(await t.call('seizures.list', {}, client)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    await t.ok('auth.login', { login: 'admin', password: 'admin-pass-123' })
    await t.ok('auth.login', { login: 'clerk1', password: OWN_PASSWORD }, client)
    expect(await snapshot()).toEqual(before)
    expect(await t.ok('audit.verify', {})).toMatchObject({ ok: true })
    const state = await t.ok('backup.list', {})
    const safety = state.backups.find((x) => x.fileName === r.safetyCopy)!
    expect(safety.reason).toBe('restore')
    // The safety copy holds the work done after the backup.
    expect(safety.sha256).toBe(sha(join(t.dataDir, 'backups', safety.fileName)))
  })

  it('refuses a backup file that was changed after it was taken, and changes nothing', async () => {
    t = await setUpCore(undefined, new FakeClock())
    const b = await t.ok('backup.create', {})
    const file = join(t.dataDir, 'backups', b.fileName)
    const fd = openSync(file, 'r+')
    writeSync(fd, Buffer.from('tampered'), 0, 8, 4096)
    closeSync(fd)
    const r = await t.call('backup.restore', { fileName: b.fileName, confirm: '确认恢复' })
    expect(r).toMatchObject({ ok: false, error: { code: 'STORAGE', message: '该备份文件缺失或已被改动，不能用于恢复；请选择其他备份' } })
    expect((await t.ok('settings.get', {})).fullName).toBe('测试县市场监督管理局')
  })
})

describe('a damaged database at start', () => {
  for (const damage of ['truncated', 'overwritten'] as const) {
    it(`is refused (${damage}) with the newest good backup named, never overwritten, and the backup brings the data back`, async () => {
      const dir = makeTempDir()
      t = await setUpCore(dir, new FakeClock())
      const { client } = await addClerk(t)
      await createSeizure(t, client)
      const b = await t.ok('backup.create', {})
      await t.core.close()
      const dbFile = join(dir, 'taizhang.sqlite')
      if (damage === 'truncated') truncateSync(dbFile, Math.floor(statSync(dbFile).size / 2))
      else {
        const fd = openSync(dbFile, 'r+')
        writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 3)
        closeSync(fd)
      }
      const damaged = sha(dbFile)
      expect(() => createCore({ dataDir: dir, autoBackup: false })).toThrow(new RegExp(`未通过完整性检查[\\s\\S]*没有打开它，也没有写入[\\s\\S]*${b.fileName}`))
      expect(sha(dbFile)).toBe(damaged)
      expect(existsSync(join(dir, LOCK_FILE))).toBe(false)

      const { restored, damagedDir } = recoverFromBackup(dir, 'latest')
      expect(restored.fileName).toBe(b.fileName)
      expect(sha(join(damagedDir, 'taizhang.sqlite'))).toBe(damaged)
      await t.reopen()
      await t.ok('auth.login', { login: 'clerk1', password: OWN_PASSWORD }, client)
      expect((await t.ok('seizures.list', {}, client)).total).toBe(1)
    })
  }
})

describe('one program per data folder', () => {
  it('refuses a second core on the same folder while the first runs, and takes over a lock left by a dead process', async () => {
    t = await setUpCore()
    expect(() => createCore({ dataDir: t.dataDir })).toThrow(/台账程序已在使用这个数据目录.*请先关闭另一个窗口或网页版/)
    await t.core.close()
    writeFileSync(join(t.dataDir, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 12345, startedAt: '2026-11-23T00:00:00Z' }))
    await t.reopen()
    expect((await t.call('app.info', {})).ok).toBe(true)
    expect(readdirSync(t.dataDir)).toContain(LOCK_FILE)
  })
})

describe('the whole dataset as one package', () => {
  it('exports database and attachments, and importing it on another PC gives the same data, after a safety copy', async () => {
    t = await setUpCore(undefined, new FakeClock())
    const { client } = await addClerk(t)
    const s = await createSeizure(t, client)
    await t.ok('attachments.add', { seizureId: s.id, fileName: '照片.png', base64: PNG.toString('base64') }, client)
    const pkg = await t.ok('backup.export', {})
    expect(pkg.fileName).toBe('台账数据包_2026-11-23.zip')
    const original = await t.ok('seizures.get', { id: s.id }, client)

    // Another PC: a fresh office with its own admin.
    const other = await setUpCore(undefined, new FakeClock())
    try {
      const bad = await other.call('backup.import', { fileName: 'x.zip', base64: Buffer.from('not a zip').toString('base64'), confirm: '确认恢复' })
      expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '该文件不是台账导出的数据包（无法解压）' } })
      const r = await other.ok('backup.import', { fileName: pkg.fileName, base64: pkg.base64, confirm: '确认恢复' })
      expect(r.safetyCopy).toMatch(/-restore\.sqlite$/)
      const c = (await import('../../../electron/core')).newClient()
      await other.ok('auth.login', { login: 'clerk1', password: OWN_PASSWORD }, c)
      expect(await other.ok('seizures.get', { id: s.id }, c)).toEqual(original)
      const [photo] = await other.ok('attachments.list', { seizureId: s.id }, c)
      expect(Buffer.from((await other.ok('attachments.get', { id: photo!.id }, c)).base64, 'base64')).toEqual(PNG)
      await other.ok('auth.login', { login: 'admin', password: 'admin-pass-123' })
      expect(await other.ok('audit.verify', {})).toMatchObject({ ok: true })
    } finally {
      await other.dispose()
    }
  })
})
