import { execFileSync } from 'node:child_process'
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newClient } from '../../../electron/core'
import { addClerk, seizureInput } from '../../support/seizures'
import { SETUP_INPUT, tempCore, type CoreHarness } from '../../support/temp-core'

// A real full disk: the data folder on a 30 MB tmpfs, filled with 500-line seizures until SQLite cannot write.
// The person at the PC reads 磁盘已满 (not 程序内部错误), and a sign-in that cannot be recorded signs nobody in.
// Mounting needs root with CAP_SYS_ADMIN (CI's container has it); elsewhere the test says why it is skipped.
// storage-faults.test.ts makes the same refusals with SQLite's own limits, where no mount is possible.

function mountable(): string | undefined {
  if (process.platform !== 'linux') return 'tmpfs mounts need Linux'
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root'
  const probe = mkdtempSync(join(tmpdir(), 'taizhang-mount-probe-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'ignore' })
    execFileSync('umount', [probe], { stdio: 'ignore' })
    return undefined
  } catch {
    return 'this machine does not allow mounting a tmpfs'
  } finally {
    rmSync(probe, { recursive: true, force: true })
  }
}
const why = mountable()
if (why) console.info(`full-disk.test.ts skipped: ${why}`)

let mnt: string
let t: CoreHarness | undefined
beforeEach(() => {
  if (why) return
  mnt = mkdtempSync(join(tmpdir(), 'taizhang-full-'))
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=30m', 'tmpfs', mnt])
})
afterEach(async () => {
  if (why) return
  await t?.core.close()
  t = undefined
  execFileSync('umount', ['-l', mnt])
  rmSync(mnt, { recursive: true, force: true })
})

/** Writes `file` until the filesystem has no byte left. */
function fillDisk(file: string): void {
  const fd = openSync(file, 'w')
  try {
    for (const size of [1 << 20, 1 << 16, 1 << 12, 512, 1]) {
      const chunk = Buffer.alloc(size)
      for (;;) {
        try {
          writeSync(fd, chunk)
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err
          break
        }
      }
    }
  } finally {
    closeSync(fd)
  }
}

const bigSeizure = (n: number) =>
  seizureInput({
    decisionNo: `测市监强制〔2026〕${n}号`,
    items: Array.from({ length: 500 }, (_v, i) => ({ name: `假冒运动鞋第${n}批第${i}号`, brand: 'NIKE', spec: `${i}码`, category: 'apparel' as const, qtyMilli: 1000, unit: '双' })),
  })

describe.skipIf(why !== undefined)('a real full disk', () => {
  it('refuses a save as 磁盘已满 with nothing written, and signs nobody in while the sign-in cannot be recorded', async () => {
    const dataDir = join(mnt, 'data')
    mkdirSync(dataDir)
    t = tempCore(dataDir)
    await t.ok('auth.setup', SETUP_INPUT)
    const { client } = await addClerk(t)
    const reserve = join(mnt, 'reserve.bin')
    writeFileSync(reserve, Buffer.alloc(4 << 20))
    let n = 0
    let refusal: { code: string; message: string } | undefined
    while (!refusal && n < 2000) {
      const r = await t.call('seizures.create', bigSeizure(++n), client)
      if (!r.ok) refusal = r.error
    }
    expect(refusal).toEqual({ code: 'STORAGE', message: '磁盘已满，操作未保存。请清理磁盘空间后重试。' })
    const saved = (await t.ok('seizures.list', {}, client)).total
    expect(saved).toBe(n - 1)

    // The disk truly full: room made for the WAL to be emptied into the database and cut back (a full WAL's
    // tail would otherwise hold the next small write), then every byte left taken by another program's file.
    // Signing in writes its audit entry; with no room it is refused and the window holds no session.
    rmSync(reserve)
    t.core.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    const filler = join(mnt, 'other-program.bin')
    fillDisk(filler)
    const window = newClient()
    const login = await t.call('auth.login', { login: SETUP_INPUT.admin.login, password: SETUP_INPUT.admin.password }, window)
    expect(login.ok ? 'signed in' : login.error.code).toBe('STORAGE')
    expect(window.sessionToken).toBeNull()
    expect((await t.call('auth.me', {}, window)).ok).toBe(false)
    // Reads still answer; with room again the sign-in works.
    expect((await t.ok('seizures.list', {}, client)).total).toBe(saved)
    rmSync(filler)
    expect((await t.call('auth.login', { login: SETUP_INPUT.admin.login, password: SETUP_INPUT.admin.password }, window)).ok).toBe(true)
    expect(window.sessionToken).not.toBeNull()
  })
})
