import { afterEach, describe, expect, it } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import { newClient } from '../../../electron/core'
import { FakeClock, SETUP_INPUT, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addAccount, OWN_PASSWORD } from '../../support/users'

let t: CoreHarness
afterEach(async () => t?.dispose())

const auditRows = (dbFile: string, where: string) => {
  const raw = new BetterSqlite3(dbFile, { readonly: true })
  const rows = raw.prepare(`SELECT action, record_id, note FROM audit_log WHERE ${where} ORDER BY seq`).all()
  raw.close()
  return rows as { action: string; record_id: string | null; note: string | null }[]
}

describe('lockout after repeated wrong passwords', () => {
  it('locks after the fifth failure, refuses even the right password while locked, and lets in after the lock time', async () => {
    const clock = new FakeClock()
    t = await setUpCore(undefined, clock)
    const { id } = await addAccount(t, 'clerk', '李录入', ['clerk'])
    const c = newClient()
    // From the third failure the refusal says how many tries are left.
    const said = ['登录名或密码不正确', '登录名或密码不正确', '登录名或密码不正确。再输错 2 次，账号将锁定 15 分钟', '登录名或密码不正确。再输错 1 次，账号将锁定 15 分钟']
    for (const message of said) {
      expect(await t.call('auth.login', { login: 'clerk', password: 'wrong' }, c)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message } })
    }
    const fifth = await t.call('auth.login', { login: 'clerk', password: 'wrong' }, c)
    // The lock's end in the office's time (the clock stands at 09:00 China time): 09:15, not the host's UTC 01:15.
    expect(fifth).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '密码连续错误 5 次，账号已锁定 15 分钟，请于 09:15 后再试，或请管理员解除锁定' } })
    const right = await t.call('auth.login', { login: 'clerk', password: OWN_PASSWORD }, c)
    expect(right).toMatchObject({ ok: false, error: { message: expect.stringContaining('账号已锁定') } })
    expect(c.sessionToken).toBeNull()

    // Each refusal was recorded although the call failed (its transaction still committed).
    const entries = auditRows(t.core.dbFile, `record_id = '${id}' AND action IN ('login_failed', 'lock')`)
    expect(entries.map((e) => e.action)).toEqual(['login_failed', 'login_failed', 'login_failed', 'login_failed', 'login_failed', 'lock', 'login_failed'])
    expect(entries.at(-1)?.note).toBe('账号锁定中')
    expect((await t.ok('accounts.list', {})).find((a) => a.login === 'clerk')?.lockedUntil).toBe(new Date(clock.ms + 15 * 60_000).toISOString())

    clock.advanceMinutes(16)
    expect((await t.call('auth.login', { login: 'clerk', password: OWN_PASSWORD }, c)).ok).toBe(true)
    // A success starts the count again: four more failures do not lock.
    for (let i = 1; i <= 4; i++) await t.call('auth.login', { login: 'clerk', password: 'wrong' }, newClient())
    expect((await t.call('auth.login', { login: 'clerk', password: OWN_PASSWORD }, newClient())).ok).toBe(true)
  })

  it('follows 安全设置, and an admin can lift a lock at once', async () => {
    t = await setUpCore(undefined, new FakeClock())
    await addAccount(t, 'clerk', '李录入', ['clerk'])
    await t.ok('settings.security.update', { idleMinutes: 30, lockoutAttempts: 3, lockoutMinutes: 60, version: 1 })
    for (let i = 1; i <= 3; i++) await t.call('auth.login', { login: 'clerk', password: 'wrong' }, newClient())
    const locked = (await t.ok('accounts.list', {})).find((a) => a.login === 'clerk')!
    expect(locked.lockedUntil).not.toBeNull()
    expect((await t.call('auth.login', { login: 'clerk', password: OWN_PASSWORD }, newClient())).ok).toBe(false)
    await t.ok('accounts.unlock', { id: locked.id, version: locked.version })
    expect((await t.call('auth.login', { login: 'clerk', password: OWN_PASSWORD }, newClient())).ok).toBe(true)
  })

  it('records a failed login under an unknown name without telling it apart from a wrong password', async () => {
    const clock = new FakeClock()
    t = await setUpCore(undefined, clock)
    await addAccount(t, 'clerk', '李录入', ['clerk'])
    const answers = async (login: string) => {
      const out: string[] = []
      for (let i = 1; i <= 6; i++) {
        const r = await t.call('auth.login', { login, password: 'wrong' }, newClient())
        out.push(r.ok ? 'ok' : r.error.message)
      }
      return out
    }
    // Five failures and one more, for an account and for a name without one: word for word the same.
    const known = await answers('clerk')
    expect(await answers('nobody')).toEqual(known)
    expect(known.at(-1)).toBe('密码错误次数过多，账号已锁定，请于 09:15 后再试，或请管理员解除锁定')
    expect(auditRows(t.core.dbFile, "action = 'login_failed' AND record_id IS NULL")[0]).toEqual({ action: 'login_failed', record_id: null, note: '未知登录名“nobody”' })
  })
})

describe('idle sessions', () => {
  it('end after the configured idle time and say so', async () => {
    const clock = new FakeClock()
    t = await setUpCore(undefined, clock)
    clock.advanceMinutes(29)
    expect((await t.call('settings.get', {})).ok).toBe(true) // activity refreshes the session
    clock.advanceMinutes(29)
    expect((await t.call('settings.get', {})).ok).toBe(true)
    clock.advanceMinutes(31)
    expect(await t.call('settings.get', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '长时间未操作，已自动退出登录，请重新登录' } })
    expect(t.client.sessionToken).toBeNull()
    // A shorter idle time applies to the next call.
    await t.ok('auth.login', { login: 'admin', password: SETUP_INPUT.admin.password })
    const { idleMinutes } = await t.ok('settings.security.update', { idleMinutes: 5, lockoutAttempts: 5, lockoutMinutes: 15, version: 1 })
    expect(idleMinutes).toBe(5)
    expect((await t.ok('auth.me', {})).idleMinutes).toBe(5)
    clock.advanceMinutes(6)
    expect(await t.call('auth.me', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('stay open while the window reports typing (auth.touch), and the report says when one has ended', async () => {
    const clock = new FakeClock()
    t = await setUpCore(undefined, clock)
    const before = auditRows(t.core.dbFile, '1 = 1').length
    // A clerk types for an hour; the window reports it once a minute and nothing else reaches core.
    for (let minute = 1; minute <= 60; minute++) {
      clock.advanceMinutes(1)
      expect((await t.call('auth.touch', {})).ok).toBe(true)
    }
    expect((await t.call('settings.get', {})).ok).toBe(true)
    // Reports are not changes: no audit entries.
    expect(auditRows(t.core.dbFile, '1 = 1')).toHaveLength(before)
    clock.advanceMinutes(31)
    expect(await t.call('auth.touch', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '长时间未操作，已自动退出登录，请重新登录' } })
  })

  it('hash passwords outside the transaction: a read sent after ten sign-ins answers before they are all done', async () => {
    t = await setUpCore()
    const order: string[] = []
    const logins = Array.from({ length: 10 }, () => t.call('auth.login', { login: 'admin', password: SETUP_INPUT.admin.password }, newClient()).then((r) => order.push(r.ok ? 'login' : 'refused')))
    const read = t.call('settings.get', {}).then((r) => order.push(r.ok ? 'read' : 'refused'))
    await Promise.all([...logins, read])
    // With the hash inside, each sign-in held the one connection for its scrypt and the read came last.
    expect(order).toHaveLength(11)
    expect(order.filter((x) => x === 'login')).toHaveLength(10)
    expect(order.indexOf('read')).toBeLessThan(10)
  })

  it('end on logout, and for every window of an account that is disabled', async () => {
    t = await setUpCore()
    const { id, client } = await addAccount(t, 'clerk', '李录入', ['clerk'])
    const second = newClient()
    await t.ok('auth.login', { login: 'clerk', password: OWN_PASSWORD }, second)
    const acc = (await t.ok('accounts.list', {})).find((a) => a.id === id)!
    await t.ok('accounts.update', { id, version: acc.version, name: acc.name, roles: acc.roles, active: false })
    for (const c of [client, second]) expect(await t.call('settings.get', {}, c)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    // The same answer with the right and a wrong password: it tells nobody the password was right.
    const disabled = { ok: false, error: { code: 'FORBIDDEN', message: '该账号已停用，请联系管理员' } }
    expect(await t.call('auth.login', { login: 'clerk', password: OWN_PASSWORD }, newClient())).toMatchObject(disabled)
    expect(await t.call('auth.login', { login: 'clerk', password: 'not-the-password-1' }, newClient())).toMatchObject(disabled)
    expect(auditRows(t.core.dbFile, "action = 'login_failed'").map((r) => r.note)).toEqual(['账号已停用', '账号已停用（密码错误）'])
    await t.ok('auth.logout', {})
    expect(await t.call('auth.me', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } })
  })

  it('refuses out-of-range security settings and a stale version', async () => {
    t = await setUpCore()
    const bad = await t.call('settings.security.update', { idleMinutes: 0, lockoutAttempts: 2, lockoutMinutes: 1.5, version: 1 })
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { idleMinutes: expect.stringContaining('1到480'), lockoutAttempts: expect.stringContaining('3到20'), lockoutMinutes: '锁定时长（分钟）应为整数' } } })
    await t.ok('settings.security.update', { idleMinutes: 10, lockoutAttempts: 5, lockoutMinutes: 15, version: 1 })
    expect(await t.call('settings.security.update', { idleMinutes: 20, lockoutAttempts: 5, lockoutMinutes: 15, version: 1 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await t.ok('settings.security.get', {})).toMatchObject({ idleMinutes: 10, version: 2 })
  })
})
