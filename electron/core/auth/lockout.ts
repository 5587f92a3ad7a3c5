import type { HandlerContext } from '../handler'
import { RefusalWithRecord } from '../errors'
import { getSecuritySettings } from '../settings/security'

// Repeated wrong passwords lock an account for a while (安全设置). Each failure is recorded and
// committed even though the login is refused.

interface LoginRow {
  id: string
  failed_logins: number
  locked_until: string | null
}

const clock = (iso: string): string => {
  const d = new Date(iso)
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

export async function refuseLocked(ctx: HandlerContext, row: LoginRow & { locked_until: string }): Promise<never> {
  await ctx.audit({ userId: row.id, action: 'login_failed', recordType: 'user', recordId: row.id, note: '账号锁定中' })
  throw new RefusalWithRecord('UNAUTHENTICATED', `密码错误次数过多，账号已锁定，请于 ${clock(row.locked_until)} 后再试，或请管理员解除锁定`)
}

export async function recordFailedLogin(ctx: HandlerContext, row: LoginRow | undefined, login: string): Promise<never> {
  if (!row) {
    await ctx.audit({ userId: null, action: 'login_failed', recordType: 'user', recordId: null, note: `未知登录名“${login.slice(0, 32)}”` })
    throw new RefusalWithRecord('UNAUTHENTICATED', '登录名或密码不正确')
  }
  const { lockoutAttempts, lockoutMinutes } = await getSecuritySettings(ctx.trx)
  const failures = row.failed_logins + 1
  await ctx.audit({ userId: row.id, action: 'login_failed', recordType: 'user', recordId: row.id, note: `密码错误（连续第 ${failures} 次）` })
  if (failures < lockoutAttempts) {
    await ctx.trx.updateTable('users').set({ failed_logins: failures }).where('id', '=', row.id).execute()
    // Same words as for an unknown login: the message must not tell which logins exist.
    throw new RefusalWithRecord('UNAUTHENTICATED', '登录名或密码不正确')
  }
  const until = new Date(ctx.services.now() + lockoutMinutes * 60_000).toISOString()
  await ctx.trx.updateTable('users').set({ failed_logins: 0, locked_until: until }).where('id', '=', row.id).execute()
  await ctx.audit({ userId: row.id, action: 'lock', recordType: 'user', recordId: row.id, changes: { lockedUntil: [row.locked_until, until] }, note: `连续 ${failures} 次密码错误` })
  throw new RefusalWithRecord('UNAUTHENTICATED', `密码连续错误 ${failures} 次，账号已锁定 ${lockoutMinutes} 分钟，请于 ${clock(until)} 后再试，或请管理员解除锁定`)
}
