import { afterEach, describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FakeClock, SETUP_INPUT, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addClerk } from '../../support/seizures'

// 工作台 · 备份 through core: no backup and no check yet are both warned of; a backup and a check clear the
// warnings; 8 days later the backup is warned of, 31 days later the check too; a check that finds a copy changed
// is warned of; the clerk may not ask.

let t: CoreHarness
afterEach(async () => t?.dispose())

describe('backup health', () => {
  it('warns of an old backup, a check not run for 30 days, and a check that found a copy wrong', async () => {
    const clock = new FakeClock(Date.parse('2026-10-20T02:00:00Z'))
    t = await setUpCore(undefined, clock)
    const clerk = (await addClerk(t)).client
    const later = async (days: number) => {
      clock.advanceMinutes(days * 24 * 60)
      await t.ok('auth.login', { login: SETUP_INPUT.admin.login, password: SETUP_INPUT.admin.password })
    }
    const denied = await t.call('backup.health', {}, clerk)
    expect(denied.ok ? null : denied.error.code).toBe('FORBIDDEN')
    const first = await t.ok('backup.health', {})
    expect(first.warnings).toEqual(first.lastBackupAt ? ['从未校验全部备份：请在“设置 → 备份与恢复”中校验'] : ['还没有任何备份：请立即备份', '从未校验全部备份：请在“设置 → 备份与恢复”中校验'])
    const b = await t.ok('backup.create', {})
    await t.ok('backup.verify', {})
    expect(await t.ok('backup.health', {})).toMatchObject({ lastBackupDays: 0, verifiedDays: 0, verifyProblems: 0, warnings: [] })

    await later(8)
    expect((await t.ok('backup.health', {})).warnings).toEqual(['最近一次备份已是 8 天前：请检查自动备份，或立即备份'])
    await later(23)
    expect((await t.ok('backup.health', {})).warnings).toEqual(['最近一次备份已是 31 天前：请检查自动备份，或立即备份', '已 31 天未校验全部备份：请在“设置 → 备份与恢复”中校验'])

    // A copy changed on disk: the next check finds it, and the 工作台 says so until a check finds none.
    writeFileSync(join(t.dataDir, 'backups', b.fileName), 'changed')
    await t.ok('backup.verify', {})
    const h = await t.ok('backup.health', {})
    expect(h.verifyProblems).toBe(1)
    expect(h.warnings).toContain('上次校验发现 1 个备份有问题：请在“设置 → 备份与恢复”中查看')
  })
})
