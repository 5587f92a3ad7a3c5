import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore } from '../../../electron/core'
import { sweepBackupFolder } from '../../../electron/core/backup/leftovers'
import { SECOND_DIR_NAME } from '../../../electron/core/backup/second-folder'
import { FakeClock, makeTempDir, SETUP_INPUT, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addClerk, createSeizure } from '../../support/seizures'
import { tinyPng } from '../../support/images'

// Litter (issue 21, item 7): every file is written under a temporary name and renamed into place, so a process
// killed mid-write leaves only temporary names. Those are swept at the next start, and nothing a manifest names.

let t: CoreHarness | undefined
afterEach(async () => {
  await t?.dispose()
  t = undefined
})

/** Every file under a folder, as paths relative to it. */
function tree(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tree(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
}

describe('leftovers of a killed process', () => {
  it('are swept at start: backup and import copies, manifest and attachment parts, in the backup folder and the data folder', async () => {
    t = await setUpCore(undefined, new FakeClock())
    const clerk = await addClerk(t)
    const s = await createSeizure(t, clerk.client)
    const photo = await t.ok('attachments.add', { seizureId: s.id, fileName: '现场.jpg', base64: tinyPng().toString('base64') }, clerk.client)
    const backup = await t.ok('backup.create', {})
    const backups = join(t.dataDir, 'backups')
    const kept = { data: tree(join(t.dataDir, 'attachments')), backups: tree(backups) }
    expect(kept.backups).toContain(backup.fileName)
    expect(kept.backups).toContain(`${backup.fileName}.json`)
    expect(kept.backups.some((n) => n.startsWith('attachments/'))).toBe(true)

    // What kills at each step leave: full-size copies, an import's unzipped database, a half-written manifest,
    // attachment copies and a new attachment's temp file.
    const big = join(backups, backup.fileName)
    const hash = photo.sha256
    const litter = [
      'backups/taizhang-20261101-090000-daily.sqlite.part',
      'backups/taizhang-20261101-090000-daily.sqlite.part-wal',
      'backups/taizhang-20261101-090000-daily.sqlite.part-shm',
      'backups/.import-1764800000000.sqlite',
      'backups/.import-1764800000000.sqlite-journal',
      'backups/.export-1764800000000.sqlite',
      `backups/${backup.fileName}.json.part`,
      `backups/attachments/ab/${'ab'.repeat(32)}.part`,
      `attachments/${hash.slice(0, 2)}/${'cd'.repeat(32)}.part`,
      `attachments/${hash.slice(0, 2)}/${hash}.0a1b2c3d4e5f.tmp`,
    ]
    for (const rel of litter) {
      mkdirSync(join(t.dataDir, rel, '..'), { recursive: true })
      if (rel.endsWith('.part') && rel.includes('.sqlite')) copyFileSync(big, join(t.dataDir, rel))
      else writeFileSync(join(t.dataDir, rel), 'partial')
    }
    await t.reopen()
    for (const rel of litter) expect(existsSync(join(t.dataDir, rel)), rel).toBe(false)
    expect(tree(join(t.dataDir, 'attachments'))).toEqual(kept.data)
    for (const n of kept.backups) expect(existsSync(join(backups, n)), n).toBe(true)
    expect(tree(backups).filter((n) => /\.part|\.tmp$|\.import-/.test(n))).toEqual([])
    // What the manifests name is all still there, and the photo still opens.
    await t.ok('auth.login', { login: SETUP_INPUT.admin.login, password: SETUP_INPUT.admin.password })
    expect((await t.ok('backup.list', {})).backups.map((b) => b.fileName)).toContain(backup.fileName)
    expect((await t.ok('attachments.get', { id: photo.id })).base64).toBe(tinyPng().toString('base64'))
  })

  it('in a second folder only when a day old, since another PC may be writing its own copy there now', () => {
    const dir = join(makeTempDir('taizhang-second-'), SECOND_DIR_NAME)
    mkdirSync(dir, { recursive: true })
    const now = Date.now()
    for (const n of ['a.sqlite.part', 'b.sqlite.part', 'c.sqlite', 'c.sqlite.json', 'c.sqlite-shm']) writeFileSync(join(dir, n), 'x')
    const dayAgo = (now - 25 * 60 * 60 * 1000) / 1000
    utimesSync(join(dir, 'a.sqlite.part'), dayAgo, dayAgo)
    utimesSync(join(dir, 'c.sqlite-shm'), dayAgo, dayAgo)
    sweepBackupFolder(dir, 24 * 60 * 60 * 1000, now)
    expect(readdirSync(dir).sort()).toEqual(['b.sqlite.part', 'c.sqlite', 'c.sqlite-shm', 'c.sqlite.json'])
  })

  it('a clean stop checkpoints the WAL even when no call came since start', async () => {
    const dataDir = makeTempDir()
    const first = createCore({ dataDir, autoBackup: false })
    await first.checked
    await first.close()
    const second = createCore({ dataDir, autoBackup: false })
    await second.checked
    const wal = `${second.dbFile}-wal`
    await second.close()
    expect(second.sqlite.open).toBe(false)
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0)
  })
})
