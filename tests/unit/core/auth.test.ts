import { afterEach, describe, expect, it } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import { newClient } from '../../../electron/core'
import { SETUP_INPUT, setUpCore, tempCore, type CoreHarness } from '../../support/temp-core'
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations'

let t: CoreHarness
afterEach(async () => t?.dispose())

describe('first-run setup', () => {
  it('creates the agency profile and the admin, signs the window in, and only once', async () => {
    t = tempCore()
    expect(await t.ok('app.info', {})).toMatchObject({ setupDone: false, agencyName: '', schemaVersion: LATEST_SCHEMA_VERSION })
    const { user } = await t.ok('auth.setup', SETUP_INPUT)
    expect(user).toMatchObject({ login: 'admin', name: '王管理', roles: ['admin'] })
    expect(t.client.sessionToken).toBeTruthy()
    expect(await t.ok('auth.me', {})).toEqual({ user, idleMinutes: 30 })
    expect(await t.ok('app.info', {})).toMatchObject({ setupDone: true, agencyName: '测试县市场监督管理局' })

    const again = await t.call('auth.setup', SETUP_INPUT, newClient())
    expect(again).toMatchObject({ ok: false, error: { code: 'STATE' } })
  })

  it('stores the password as a salted scrypt hash, never the password', async () => {
    t = await setUpCore()
    const raw = new BetterSqlite3(t.core.dbFile, { readonly: true })
    const row = raw.prepare('SELECT password_hash FROM users').get() as { password_hash: string }
    raw.close()
    expect(row.password_hash).toMatch(/^scrypt\$15\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/)
    expect(row.password_hash).not.toContain(SETUP_INPUT.admin.password)
  })

  it('refuses malformed setup input with field messages in Chinese and writes nothing', async () => {
    t = tempCore()
    const r = await t.call('auth.setup', {
      agency: { ...SETUP_INPUT.agency, fullName: '  ', postcode: '12' },
      admin: { login: '管理员', name: '王', password: 'short' },
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('VALIDATION')
    expect(r.error.fields).toMatchObject({
      'agency.fullName': '请填写机关全称',
      'agency.postcode': '邮政编码应为6位数字',
      'admin.login': '登录名为2–32位字母、数字或 _ . -',
      'admin.password': '密码至少8位',
    })
    expect(await t.ok('app.info', {})).toMatchObject({ setupDone: false })
    expect(t.client.sessionToken).toBeNull()
  })
})

describe('login and sessions', () => {
  it('logs in with the right password, refuses a wrong one, and ends the session on logout', async () => {
    t = await setUpCore()
    const other = newClient()
    const wrong = await t.call('auth.login', { login: 'admin', password: 'nope-nope' }, other)
    expect(wrong).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '登录名或密码不正确' } })
    const unknown = await t.call('auth.login', { login: 'ghost', password: 'whatever1' }, other)
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '登录名或密码不正确' } })
    expect(other.sessionToken).toBeNull()

    // Login names are case-insensitive; passwords are not.
    expect(await t.ok('auth.login', { login: 'ADMIN', password: SETUP_INPUT.admin.password }, other)).toMatchObject({
      user: { login: 'admin' },
    })
    expect(other.sessionToken).toBeTruthy()
    await t.ok('auth.logout', {}, other)
    expect(other.sessionToken).toBeNull()
    expect(await t.call('auth.me', {}, other)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    // The first window's session is untouched by the second one's logout.
    expect((await t.call('auth.me', {})).ok).toBe(true)
  })

  it('requires a session for everything but app.info, app.operations, auth.setup and auth.login', async () => {
    t = await setUpCore()
    const anon = newClient()
    for (const op of ['settings.get', 'auth.me', 'auth.logout'] as const) {
      expect(await t.call(op, {}, anon)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } })
    }
    const upd = await t.call('settings.update', { ...SETUP_INPUT.agency, version: 1 }, anon)
    expect(upd).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect((await t.call('app.info', {}, anon)).ok).toBe(true)
    expect((await t.call('app.operations', {}, anon)).ok).toBe(true)
  })

  it('sessions do not survive a restart of core', async () => {
    t = await setUpCore()
    await t.reopen()
    expect(await t.call('auth.me', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('answers an unknown operation with NOT_FOUND', async () => {
    t = tempCore()
    expect(await t.core.invokeRaw('seizure.explode', {}, t.client)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
