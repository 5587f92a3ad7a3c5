import { afterEach, describe, expect, it } from 'vitest'
import { newClient } from '../../../electron/core'
import { operations, type OpName } from '../../../shared/api'
import type { Access } from '../../../shared/api/contract'
import { PERMISSIONS, mayCall } from '../../../shared/api/permissions'
import { ROLES, type Role } from '../../../shared/domain/roles'
import { dbContent } from '../../support/db-snapshot'
import { setUpCore, type CoreHarness } from '../../support/temp-core'
import { addAccount, TEMP_PASSWORD } from '../../support/users'

let t: CoreHarness
afterEach(async () => t?.dispose())

const names = Object.keys(operations) as OpName[]
const accessOf = (op: OpName): Access => PERMISSIONS[op]
const roleOps = names.filter((op) => Array.isArray(accessOf(op)))

describe('the permission table', () => {
  it('has exactly one row for every operation in the contract, and no row for anything else', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...names].sort())
    for (const op of names) {
      const a = accessOf(op)
      expect(typeof a === 'string' ? ['public', 'setup', 'self', 'session'] : ['roles'], op).toContain(typeof a === 'string' ? a : 'roles')
      if (typeof a !== 'string') {
        expect(a.length, op).toBeGreaterThan(0)
        for (const r of a) expect(ROLES, op).toContain(r)
      }
    }
  })

  it('keeps the approval and administration operations away from clerks', () => {
    expect(mayCall('documents.archive.void', ['clerk', 'legal', 'admin'])).toBe(false)
    expect(mayCall('documents.archive.void', ['approver'])).toBe(true)
    for (const op of names.filter((n) => n.startsWith('accounts.') || n.startsWith('audit.list') || n === 'audit.verify' || n === 'audit.export')) {
      expect(mayCall(op, ['clerk', 'legal', 'approver']), op).toBe(false)
    }
  })

  it('is enforced by core: every role-restricted operation refuses each other role with FORBIDDEN and writes nothing', async () => {
    t = await setUpCore()
    const clients = {} as Record<Role, ReturnType<typeof newClient>>
    for (const role of ROLES) clients[role] = (await addAccount(t, `only-${role}`, `仅${role}`, [role])).client

    let refusals = 0
    for (const op of roleOps) {
      const allowed = accessOf(op) as readonly Role[]
      for (const role of ROLES.filter((r) => !allowed.includes(r))) {
        const before = dbContent(t.core.dbFile)
        // Input is checked after permission, so even an empty input must be refused as FORBIDDEN.
        const r = await t.core.invokeRaw(op, {}, clients[role])
        expect(r, `${op} as ${role}`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '您没有执行此操作的权限' } })
        expect(dbContent(t.core.dbFile), `${op} as ${role}`).toBe(before)
        refusals++
      }
      // …and a holder of an allowed role gets past the permission check (to validation, at least).
      const r = await t.core.invokeRaw(op, {}, clients[allowed[0]!])
      if (!r.ok) expect(r.error.code, op).not.toBe('FORBIDDEN')
    }
    expect(refusals).toBeGreaterThan(20)
  })

  it('refuses everything but the own-session operations while a new password is pending', async () => {
    t = await setUpCore()
    await t.ok('accounts.create', { login: 'newbie', name: '新人', roles: ['clerk', 'legal', 'approver', 'admin'], password: TEMP_PASSWORD })
    const c = newClient()
    const { user } = await t.ok('auth.login', { login: 'newbie', password: TEMP_PASSWORD }, c)
    expect(user.mustChangePassword).toBe(true)
    for (const op of names.filter((n) => accessOf(n) === 'session' || Array.isArray(accessOf(n)))) {
      const r = await t.core.invokeRaw(op, {}, c)
      expect(r, op).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '请先修改密码，然后才能继续使用' } })
    }
    expect((await t.call('auth.me', {}, c)).ok).toBe(true)
    await t.ok('auth.changePassword', { current: TEMP_PASSWORD, next: 'mine-2026-x' }, c)
    expect((await t.call('settings.get', {}, c)).ok).toBe(true)
  })

  it('answers UNAUTHENTICATED to anything but public operations without a session', async () => {
    t = await setUpCore()
    const anon = newClient()
    for (const op of names) {
      const r = await t.core.invokeRaw(op, {}, anon)
      const a = accessOf(op)
      if (a === 'public' || a === 'setup') continue
      expect(r, op).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    }
  })
})
