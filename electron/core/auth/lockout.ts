import type { HandlerContext } from '../handler'
import { RefusalWithRecord } from '../errors'
import { getSecuritySettings } from '../settings/security'
import { formatLocalClock } from '../../../shared/rules/local-time'

// Repeated wrong passwords lock an account for a while (安全设置). Each failure is recorded and
// committed even though the login is refused. From the third failure in a row the message says how many tries
// are left. A login name that has no account gets the same words, counted in memory, so no message tells which
// logins exist.

interface LoginRow {
  id: string
  failed_logins: number
  locked_until: string | null
}

/** From this failure on, the refusal says how many tries are left before the lock. */
const WARN_FROM = 3
const WRONG = '登录名或密码不正确'

// The lock's end as the screen shows it (账号管理 已锁定至 …): the office's time, not the host's setting.
const clock = (iso: string): string => formatLocalClock(iso)

const lockedMessage = (until: string) => `密码错误次数过多，账号已锁定，请于 ${clock(until)} 后再试，或请管理员解除锁定`
const justLockedMessage = (failures: number, minutes: number, until: string) =>
  `密码连续错误 ${failures} 次，账号已锁定 ${minutes} 分钟，请于 ${clock(until)} 后再试，或请管理员解除锁定`
const wrongMessage = (failures: number, attempts: number, minutes: number) =>
  failures >= WARN_FROM ? `${WRONG}。再输错 ${attempts - failures} 次，账号将锁定 ${minutes} 分钟` : WRONG

/** Failures under login names that have no account: in memory only, a bounded number of names. */
export class UnknownLoginFailures {
  private readonly byName = new Map<string, { failures: number; lockedUntil: string | null }>()
  constructor(private readonly maxNames = 1000) {}

  get(login: string): { failures: number; lockedUntil: string | null } {
    return this.byName.get(login.toLowerCase()) ?? { failures: 0, lockedUntil: null }
  }

  set(login: string, state: { failures: number; lockedUntil: string | null }): void {
    const key = login.toLowerCase()
    this.byName.delete(key)
    this.byName.set(key, state)
    if (this.byName.size > this.maxNames) this.byName.delete(this.byName.keys().next().value!)
  }
}

export async function refuseLocked(ctx: HandlerContext, row: LoginRow & { locked_until: string }): Promise<never> {
  ctx.services.loginGuard.failed(ctx.client.caller, ctx.services.now())
  await ctx.audit({ userId: row.id, action: 'login_failed', recordType: 'user', recordId: row.id, note: '账号锁定中' })
  throw new RefusalWithRecord('UNAUTHENTICATED', lockedMessage(row.locked_until))
}

export async function recordFailedLogin(ctx: HandlerContext, row: LoginRow | undefined, login: string): Promise<never> {
  const { lockoutAttempts, lockoutMinutes } = await getSecuritySettings(ctx.trx)
  const now = ctx.services.now()
  const until = new Date(now + lockoutMinutes * 60_000).toISOString()
  ctx.services.loginGuard.failed(ctx.client.caller, now)
  if (!row) {
    const unknown = ctx.services.unknownLogins
    const state = unknown.get(login)
    if (state.lockedUntil && Date.parse(state.lockedUntil) > now) throw new RefusalWithRecord('UNAUTHENTICATED', lockedMessage(state.lockedUntil))
    const failures = state.failures + 1
    // One entry where a run of failures under a name without an account starts, and one where it locks.
    const name = `未知登录名“${login.slice(0, 32)}”`
    if (failures === 1) await ctx.audit({ userId: null, action: 'login_failed', recordType: 'user', recordId: null, note: name })
    if (failures >= lockoutAttempts) await ctx.audit({ userId: null, action: 'login_failed', recordType: 'user', recordId: null, note: `${name}连续 ${failures} 次失败，已锁定` })
    if (failures < lockoutAttempts) {
      unknown.set(login, { failures, lockedUntil: null })
      throw new RefusalWithRecord('UNAUTHENTICATED', wrongMessage(failures, lockoutAttempts, lockoutMinutes))
    }
    unknown.set(login, { failures: 0, lockedUntil: until })
    throw new RefusalWithRecord('UNAUTHENTICATED', justLockedMessage(failures, lockoutMinutes, until))
  }
  const failures = row.failed_logins + 1
  await ctx.audit({ userId: row.id, action: 'login_failed', recordType: 'user', recordId: row.id, note: `密码错误（连续第 ${failures} 次）` })
  if (failures < lockoutAttempts) {
    await ctx.trx.updateTable('users').set({ failed_logins: failures }).where('id', '=', row.id).execute()
    throw new RefusalWithRecord('UNAUTHENTICATED', wrongMessage(failures, lockoutAttempts, lockoutMinutes))
  }
  await ctx.trx.updateTable('users').set({ failed_logins: 0, locked_until: until }).where('id', '=', row.id).execute()
  await ctx.audit({ userId: row.id, action: 'lock', recordType: 'user', recordId: row.id, changes: { lockedUntil: [row.locked_until, until] }, note: `连续 ${failures} 次密码错误` })
  throw new RefusalWithRecord('UNAUTHENTICATED', justLockedMessage(failures, lockoutMinutes, until))
}
