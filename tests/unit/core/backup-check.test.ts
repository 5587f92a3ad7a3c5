import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { dbContent } from '../../support/db-snapshot'
import { addClerk, createSeizure } from '../../support/seizures'
import { FakeClock, makeTempDir, setUpCore, type CoreHarness } from '../../support/temp-core'

// 校验全部备份: backups checked again long after they were taken.

let t: CoreHarness
afterEach(async () => t?.dispose())

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')

/** Overwrites bytes in the middle of a file, keeping its size (a bad sector, not a truncation). */
function scramble(file: string): void {
  const fd = openSync(file, 'r+')
  try {
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 8192)
  } finally {
    closeSync(fd)
  }
}

describe('checking every backup again', () => {
  it('finds whole copies whole, and names what is wrong with each damaged one, changing nothing', async () => {
    const clock = new FakeClock()
    t = await setUpCore(undefined, clock)
    const { client } = await addClerk(t)
    const s = await createSeizure(t, client)
    const photo = await t.ok('attachments.add', { seizureId: s.id, fileName: '照片.png', base64: PNG.toString('base64') }, client)
    const usb = makeTempDir('taizhang-usb-')
    const settings = (await t.ok('backup.list', {})).settings
    await t.ok('backup.settings.update', { secondFolder: usb, keepDaily: 14, keepMonthly: 12, version: settings.version })
    const backups = []
    for (let i = 0; i < 4; i++) {
      clock.advanceMinutes(1)
      backups.push(await t.ok('backup.create', {}))
    }
    const [sound, rotten, gone, pulled] = backups.map((b) => b.fileName) as [string, string, string, string]
    const dir = join(t.dataDir, 'backups')
    const second = join(usb, 'taizhang-backups')

    const clean = await t.ok('backup.verify', {})
    expect(clean.backups).toHaveLength(4)
    for (const b of clean.backups) expect(b, b.fileName).toEqual({ fileName: b.fileName, problems: [], secondCopy: 'ok' })

    // A bad sector in one copy, another deleted by hand, the USB stick's copy of a third changed.
    scramble(join(dir, rotten))
    rmSync(join(dir, gone))
    writeFileSync(join(second, pulled), 'not the backup')
    // The check writes only its own record (when it ran, what it found: for the 工作台) and its audit entry.
    const records = () => JSON.stringify((JSON.parse(dbContent(t.core.dbFile)) as [string, unknown][]).filter(([name]) => !['backup_settings', 'audit_log', 'audit_chain', 'record_seals', 'audit_seal'].includes(name)))
    const before = records()
    const report = await t.ok('backup.verify', {})
    const of = (name: string) => report.backups.find((b) => b.fileName === name)!
    expect(of(sound)).toEqual({ fileName: sound, problems: [], secondCopy: 'ok' })
    expect(of(rotten).problems).toContain('文件内容已被改动（SHA-256 与记录不符）')
    expect(of(gone)).toEqual({ fileName: gone, problems: ['备份文件不见了'], secondCopy: 'ok' })
    expect(of(pulled)).toEqual({ fileName: pulled, problems: [], secondCopy: 'changed' })
    expect(report.checkedAt).toBe(new Date(clock.ms).toISOString())
    expect(records()).toBe(before)
    expect(await t.ok('backup.health', {})).toMatchObject({ verifiedAt: report.checkedAt, verifyProblems: 3 })

    // An attachment in the backups folder changed: every copy that needs it says so; a stick not connected is unreachable.
    writeFileSync(join(dir, 'attachments', photo.sha256.slice(0, 2), photo.sha256), 'changed')
    rmSync(usb, { recursive: true, force: true })
    const later = await t.ok('backup.verify', {})
    expect(later.backups.find((b) => b.fileName === sound)).toEqual({ fileName: sound, problems: ['所需附件中有 1 个缺失或已改动'], secondCopy: 'unreachable' })
    // The restore path agrees with the check: the changed copy is refused.
    expect(await t.call('backup.restore', { fileName: rotten, confirm: '确认恢复' })).toMatchObject({ ok: false, error: { code: 'STORAGE' } })
  })

  it('reports a copy it cannot read and a manifest naming a malformed attachment, instead of failing the whole check', async () => {
    const clock = new FakeClock()
    t = await setUpCore(undefined, clock)
    const a = await t.ok('backup.create', {})
    clock.advanceMinutes(1)
    const b = await t.ok('backup.create', {})
    const dir = join(t.dataDir, 'backups')
    rmSync(join(dir, a.fileName))
    mkdirSync(join(dir, a.fileName)) // stands where the file was, cannot be read as one
    const manifest = join(dir, `${b.fileName}.json`)
    writeFileSync(manifest, JSON.stringify({ ...JSON.parse(readFileSync(manifest, 'utf8')), attachmentHashes: ['../../etc/passwd'] }))
    const report = await t.ok('backup.verify', {})
    const of = (name: string) => report.backups.find((x) => x.fileName === name)!
    expect(of(a.fileName).problems).toEqual([expect.stringMatching(/^备份文件无法读取：/)])
    // Edited by hand, the manifest no longer carries a valid signature either.
    expect(of(b.fileName).problems).toEqual(['备份记录（.json）被改写，或由另一台电脑的密钥签名：签名不符', '所需附件中有 1 个缺失或已改动'])
  })

  it('is for admins only', async () => {
    t = await setUpCore()
    const { client } = await addClerk(t)
    expect(await t.call('backup.verify', {}, client)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
