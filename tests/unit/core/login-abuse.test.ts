import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { newClient } from '../../../electron/core'
import { BrowserAdmission } from '../../../electron/webhost/browser-admission'
import { FakeClock, SETUP_INPUT, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addAccount } from '../../support/users'
import type { IncomingMessage } from 'node:http'

// Lockout abuse and login enumeration (issue 21, item 8): a stranger who can reach the sign-in can lock an
// account, but not keep its owner out of a window they used, cannot lock account after account at speed, and
// learns nothing about which logins exist; their failures do not flood the audit log.

let t: CoreHarness
afterEach(async () => t?.dispose())

const admin = { login: SETUP_INPUT.admin.login, password: SETUP_INPUT.admin.password }
const countRows = (dbFile: string, where: string): number => {
  const raw = new BetterSqlite3(dbFile, { readonly: true })
  const n = (raw.prepare(`SELECT count(*) AS n FROM audit_log WHERE ${where}`).get() as { n: number }).n
  raw.close()
  return n
}
const message = (r: { ok: boolean; error?: { message: string } }) => (r.ok ? 'ok' : r.error!.message)

describe('sign-in abuse', () => {
  it("a stranger's failures lock the admin, yet the admin's own window lifts the lock with the right password; a new window cannot", async () => {
    const clock = new FakeClock()
    t = await setUpCore(undefined, clock)
    const adminWindow = t.client // signed in at setup
    await t.ok('auth.logout', {}, adminWindow)
    expect((await t.call('auth.login', admin, adminWindow)).ok).toBe(true) // a sign-in in this run: the window is known
    await t.ok('auth.logout', {}, adminWindow)

    const stranger = newClient()
    for (let i = 0; i < 5; i++) await t.call('auth.login', { login: 'admin', password: `guess-${i}` }, stranger)
    expect(message(await t.call('auth.login', admin, stranger))).toMatch(/账号已锁定/)
    expect(message(await t.call('auth.login', admin, newClient()))).toMatch(/账号已锁定/)

    const back = await t.call('auth.login', admin, adminWindow)
    expect(back.ok).toBe(true)
    const accounts = await t.ok('accounts.list', {}, adminWindow)
    expect(accounts.find((a) => a.login === 'admin')?.lockedUntil).toBeNull()
    expect(countRows(t.core.dbFile, "action = 'unlock' AND note LIKE '%登录过该账号的窗口%'")).toBe(1)
    // A wrong password in the known window is still refused, and counted.
    await t.ok('auth.logout', {}, adminWindow)
    expect(message(await t.call('auth.login', { login: 'admin', password: 'nope-nope' }, adminWindow))).toBe('登录名或密码不正确')
  })

  it('one caller failing over and over waits 1, 2, 4 … seconds between tries, the same for known and unknown logins, with nothing checked or recorded meanwhile', async () => {
    const clock = new FakeClock()
    t = await setUpCore(undefined, clock)
    await addAccount(t, 'clerk', '李录入', ['clerk'])
    const stranger = newClient()
    // Ten failures are free (twice the lock's five): the clerk's account and names without one, alternately.
    for (let i = 0; i < 10; i++) {
      const r = await t.call('auth.login', { login: i % 2 === 0 ? 'clerk' : `nobody${i}`, password: 'wrong-pass' }, stranger)
      expect(message(r)).not.toMatch(/过于频繁/)
    }
    const rowsBefore = countRows(t.core.dbFile, '1 = 1')
    for (const login of ['clerk', 'nobody', 'admin']) {
      expect(message(await t.call('auth.login', { login, password: 'wrong-pass' }, stranger))).toBe('登录尝试过于频繁，请 1 秒后再试')
    }
    // Even the right password is not checked inside the wait.
    expect(message(await t.call('auth.login', admin, stranger))).toBe('登录尝试过于频繁，请 1 秒后再试')
    expect(countRows(t.core.dbFile, '1 = 1')).toBe(rowsBefore)

    // The waits grow with each failure after them.
    const waits: string[] = []
    for (let i = 0; i < 8; i++) {
      clock.advanceMinutes(1)
      await t.call('auth.login', { login: 'nobody', password: 'wrong-pass' }, stranger)
      waits.push(message(await t.call('auth.login', { login: 'nobody', password: 'wrong-pass' }, stranger)))
    }
    expect(waits).toEqual([2, 4, 8, 16, 32, 60, 60, 60].map((s) => `登录尝试过于频繁，请 ${s} 秒后再试`))
    // Other callers are not held up by this one.
    expect((await t.call('auth.login', admin, newClient())).ok).toBe(true)
    // And after the wait, the right password gets in from the same caller, which clears its count.
    clock.advanceMinutes(1)
    expect((await t.call('auth.login', admin, stranger)).ok).toBe(true)
  })

  it('a run of failures under a name without an account leaves two entries, where it starts and where it locks', async () => {
    t = await setUpCore(undefined, new FakeClock())
    for (let i = 0; i < 7; i++) await t.call('auth.login', { login: 'ghost', password: 'wrong-pass' }, newClient())
    const raw = new BetterSqlite3(t.core.dbFile, { readonly: true })
    const notes = raw.prepare("SELECT note FROM audit_log WHERE action = 'login_failed' AND record_id IS NULL ORDER BY seq").all() as { note: string }[]
    raw.close()
    expect(notes.map((n) => n.note)).toEqual(['未知登录名“ghost”', '未知登录名“ghost”连续 5 次失败，已锁定'])
  })

  it('each browser a link admits is a caller of its own', () => {
    const admission = new BrowserAdmission(4321)
    const value = (cookie: string) => cookie.split(';')[0]!
    const req = (cookie: string) => ({ headers: { cookie } }) as IncomingMessage
    const a = value(admission.cookie())
    const b = value(admission.cookie())
    expect(admission.browserOf(req(a))).not.toBeNull()
    expect(admission.browserOf(req(b))).not.toBeNull()
    expect(admission.browserOf(req(a))).not.toBe(admission.browserOf(req(b)))
    // Only this launch's key admits; a name alone or another key does not.
    expect(admission.browserOf(req(`${admission.cookieName}=.abc`))).toBeNull()
    expect(admission.browserOf(req(`${a.split('.')[0]}`))).toBeNull()
    expect(admission.browserOf(req(value(new BrowserAdmission(4321).cookie())))).toBeNull()
  })
})

