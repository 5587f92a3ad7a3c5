import { afterEach, describe, expect, it } from 'vitest'
import { newClient } from '../../../electron/core'
import { dbContent } from '../../support/db-snapshot'
import { SETUP_INPUT, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addAccount, OWN_PASSWORD, TEMP_PASSWORD } from '../../support/users'

let t: CoreHarness
afterEach(async () => t?.dispose())

const account = async (login: string) => (await t.ok('accounts.list', { includeVoided: true })).find((a) => a.login === login)!

describe('account management', () => {
  it('creates an account that must choose its own password at first login', async () => {
    t = await setUpCore()
    const created = await t.ok('accounts.create', { login: 'clerk', name: '李录入', roles: ['clerk'], password: TEMP_PASSWORD })
    expect(created).toMatchObject({ login: 'clerk', name: '李录入', roles: ['clerk'], active: true, mustChangePassword: true, version: 1, voided: null, lastLoginAt: null })
    const c = newClient()
    await t.ok('auth.login', { login: 'clerk', password: TEMP_PASSWORD }, c)
    expect(await t.call('auth.changePassword', { current: 'not-it', next: OWN_PASSWORD }, c)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { current: '当前密码不正确' } } })
    expect(await t.call('auth.changePassword', { current: TEMP_PASSWORD, next: 'CLERK' }, c)).toMatchObject({ ok: false, error: { fields: { next: '密码至少8位' } } })
    expect(await t.call('auth.changePassword', { current: TEMP_PASSWORD, next: TEMP_PASSWORD }, c)).toMatchObject({ ok: false, error: { fields: { next: '新密码不能与当前密码相同' } } })
    const { user } = await t.ok('auth.changePassword', { current: TEMP_PASSWORD, next: OWN_PASSWORD }, c)
    expect(user.mustChangePassword).toBe(false)
    expect(await account('clerk')).toMatchObject({ mustChangePassword: false, version: 2 })
    expect((await t.call('auth.login', { login: 'clerk', password: TEMP_PASSWORD }, newClient())).ok).toBe(false)
  })

  it('refuses a taken login (any case), no roles, a short, common or trivial password, or the login as password — writing nothing', async () => {
    const SAME = '密码不能与登录名相同或只在登录名后加数字'
    const COMMON = '密码过于常见或简单（如 12345678、password、qwertyui），请换一个'
    t = await setUpCore()
    await addAccount(t, 'clerk', '李录入', ['clerk'])
    const before = dbContent(t.core.dbFile)
    const cases: [unknown, string, string][] = [
      [{ login: 'CLERK', name: '另一个', roles: ['clerk'], password: TEMP_PASSWORD }, 'login', '该登录名已被使用'],
      [{ login: 'wang', name: '王', roles: [], password: TEMP_PASSWORD }, 'roles', '请至少选择一个角色'],
      [{ login: 'wang', name: '王', roles: ['boss'], password: TEMP_PASSWORD }, 'roles.0', '角色无效'],
      [{ login: 'wang', name: '王', roles: ['clerk'], password: 'short' }, 'password', '密码至少8位'],
      [{ login: 'wang.ming', name: '王', roles: ['clerk'], password: 'WANG.MING' }, 'password', SAME],
      // Compared as hashed (NFKC): the full-width login is the login; the login and digits too.
      [{ login: 'pwlogin89', name: '王', roles: ['clerk'], password: 'ｐｗｌｏｇｉｎ８９' }, 'password', SAME],
      [{ login: 'wangming', name: '王', roles: ['clerk'], password: 'wangming2026' }, 'password', SAME],
      [{ login: 'wang', name: '王', roles: ['clerk'], password: '        ' }, 'password', '密码不能全是空格'],
      ...['password', '12345678', 'Ｐａｓｓｗｏｒｄ１', 'qwertyui', '87654321', 'aaaaaaaa', 'abababab', 'woaini1314'].map(
        (password): [unknown, string, string] => [{ login: 'wang', name: '王', roles: ['clerk'], password }, 'password', COMMON],
      ),
      [{ login: '王明', name: '王', roles: ['clerk'], password: TEMP_PASSWORD }, 'login', '登录名为2–32位字母、数字或 _ . -'],
    ]
    for (const [input, field, message] of cases) {
      const r = await t.core.invokeRaw('accounts.create', input, t.client)
      expect(r, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { [field]: message } } })
    }
    expect(dbContent(t.core.dbFile)).toBe(before)
  })

  it('changes name, roles and status with the old and new values on record, and refuses a stale version', async () => {
    t = await setUpCore()
    const { id, client } = await addAccount(t, 'clerk', '李录入', ['clerk'])
    const a = await account('clerk')
    const updated = await t.ok('accounts.update', { id, version: a.version, name: '李明', roles: ['clerk', 'approver'], active: true })
    expect(updated).toMatchObject({ name: '李明', roles: ['clerk', 'approver'], version: a.version + 1 })
    const stale = await t.call('accounts.update', { id, version: a.version, name: '别的', roles: ['clerk'], active: true })
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await account('clerk')).toMatchObject({ name: '李明', roles: ['clerk', 'approver'] })

    const [latest] = await t.ok('audit.history', { recordType: 'user', recordId: id })
    expect(latest).toMatchObject({
      action: 'update',
      actionLabel: '修改',
      user: { login: 'admin', name: '王管理' },
      changes: [
        { field: 'name', label: '姓名', from: '李录入', to: '李明' },
        { field: 'roles', label: '角色', from: '录入员', to: '录入员、审核领导' },
      ],
    })
    // A user whose roles changed signs in again; the account's own history is for admins only.
    expect(await t.call('settings.get', {}, client)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    const again = newClient()
    await t.ok('auth.login', { login: 'clerk', password: OWN_PASSWORD }, again)
    expect(await t.call('audit.history', { recordType: 'user', recordId: id }, again)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('never leaves the office without an active administrator', async () => {
    t = await setUpCore()
    const admin = await account('admin')
    const before = dbContent(t.core.dbFile)
    for (const change of [{ roles: ['clerk' as const], active: true }, { roles: ['admin' as const], active: false }]) {
      const r = await t.call('accounts.update', { id: admin.id, version: admin.version, name: admin.name, ...change })
      expect(r).toMatchObject({ ok: false, error: { code: 'STATE', message: '至少要保留一个启用的管理员账号' } })
    }
    expect(await t.call('accounts.void', { id: admin.id, version: admin.version, reason: '误建' })).toMatchObject({ ok: false, error: { code: 'STATE' } })
    expect(dbContent(t.core.dbFile)).toBe(before)
    // With a second admin, the first may step down.
    await addAccount(t, 'admin2', '第二管理', ['admin'])
    expect((await t.call('accounts.update', { id: admin.id, version: admin.version, name: admin.name, roles: ['approver'], active: true })).ok).toBe(true)
  })

  it('resets a password: the old one stops working, the lock is lifted, the user must choose a new one', async () => {
    t = await setUpCore()
    const { id, client } = await addAccount(t, 'clerk', '李录入', ['clerk'])
    for (let i = 0; i < 5; i++) await t.call('auth.login', { login: 'clerk', password: 'wrong' }, newClient())
    const locked = await account('clerk')
    expect(locked).toMatchObject({ locked: true, lockedUntil: expect.any(String) })
    const reset = await t.ok('accounts.resetPassword', { id, version: locked.version, password: 'reset-pass-77' })
    expect(reset).toMatchObject({ mustChangePassword: true, lockedUntil: null, locked: false })
    const admin = await account('admin')
    expect(await t.call('accounts.resetPassword', { id: admin.id, version: admin.version, password: 'reset-pass-77' })).toMatchObject({
      ok: false,
      error: { code: 'STATE', message: '不能重置自己的密码，请使用“修改密码”' },
    })
    expect(await t.call('auth.me', {}, client)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect((await t.call('auth.login', { login: 'clerk', password: OWN_PASSWORD }, newClient())).ok).toBe(false)
    const c = newClient()
    expect((await t.ok('auth.login', { login: 'clerk', password: 'reset-pass-77' }, c)).user.mustChangePassword).toBe(true)
    const [entry] = await t.ok('audit.history', { recordType: 'user', recordId: id })
    expect(entry).toMatchObject({ action: 'login', recordId: id })
    const resetEntry = (await t.ok('audit.history', { recordType: 'user', recordId: id })).find((e) => e.action === 'password_reset')
    expect(resetEntry?.changes.map((ch) => ch.label)).toEqual(['须修改密码', '锁定至'])
  })

  it('voids an account with a reason: kept, hidden by default, unable to log in, its login never reused', async () => {
    t = await setUpCore()
    const { id, client } = await addAccount(t, 'clerk', '李录入', ['clerk'])
    const a = await account('clerk')
    expect(await t.call('accounts.void', { id, version: a.version, reason: ' ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { reason: '请填写作废原因（至少2个字）' } } })
    const voided = await t.ok('accounts.void', { id, version: a.version, reason: '人员调离' })
    expect(voided).toMatchObject({ active: false, voided: { byName: '王管理', reason: '人员调离' } })
    expect((await t.ok('accounts.list', {})).map((x) => x.login)).toEqual(['admin'])
    expect((await t.ok('accounts.list', { includeVoided: true })).map((x) => x.login)).toEqual(['admin', 'clerk'])
    expect(await t.call('settings.get', {}, client)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect((await t.call('auth.login', { login: 'clerk', password: OWN_PASSWORD }, newClient())).ok).toBe(false)
    expect(await t.call('accounts.create', { login: 'clerk', name: '新', roles: ['clerk'], password: TEMP_PASSWORD })).toMatchObject({
      ok: false,
      error: { fields: { login: '该登录名属于一个已作废的账号，不能再次使用' } },
    })
    expect(await t.call('accounts.update', { id, version: voided.version, name: 'x', roles: ['clerk'], active: true })).toMatchObject({ ok: false, error: { code: 'STATE' } })
    const [entry] = await t.ok('audit.history', { recordType: 'user', recordId: id })
    expect(entry).toMatchObject({ action: 'void', actionLabel: '作废', note: '人员调离' })
  })

  it('is for administrators only', async () => {
    t = await setUpCore()
    const { client } = await addAccount(t, 'legal', '赵法制', ['legal', 'approver', 'clerk'])
    expect(await t.call('accounts.list', {}, client)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await t.call('accounts.create', { login: 'x1', name: 'x', roles: ['admin'], password: TEMP_PASSWORD }, client)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await t.ok('auth.login', { login: 'admin', password: SETUP_INPUT.admin.password })).toBeTruthy()
  })
})
