import type { SessionInfo } from '../../../shared/api/auth'
import type { HandlerContext, HandlerMap } from '../handler'
import { actor, twoSteps } from '../handler'
import { createdFields } from '../audit/write'
import { AppError, RefusalWithRecord } from '../errors'
import { insertAgencyProfile } from '../settings/repository'
import { getSecuritySettings } from '../settings/security'
import { recordFailedLogin, refuseLocked } from './lockout'
import { tooOftenMessage } from './login-guard'
import { DUMMY_HASH, hashPassword, refuseWeakPassword, verifyPassword } from './password'
import { countUsers, findUserByLogin, insertUser, loadCurrentUser } from './users'

type Ops = 'auth.setup' | 'auth.login' | 'auth.logout' | 'auth.touch' | 'auth.me' | 'auth.changePassword'

// Hashing and checking a password (scrypt, ~50 ms) happens before the call's transaction opens (handler.ts
// TwoStepHandler): ten people signing in at once must not hold everyone else's reads behind the one connection.
// A session is made only once the sign-in is committed (afterCommit): a disk too full to record it signs nobody in.

export const authHandlers: HandlerMap<Ops> = {
  'auth.setup': twoSteps({
    before: async ({ admin }) => {
      refuseWeakPassword(admin.login, admin.password, 'admin.password')
      return hashPassword(admin.password)
    },
    run: async ({ agency, admin }, ctx, passwordHash) => {
      // Checked again inside the transaction: two first-run windows must not both create an admin.
      if ((await countUsers(ctx.trx)) > 0) throw new AppError('STATE', '首次设置已完成，请直接登录')
      const userId = await insertUser(ctx.trx, { login: admin.login, name: admin.name, passwordHash, roles: ['admin'], createdBy: null, mustChangePassword: false, at: ctx.at })
      await insertAgencyProfile(ctx.trx, agency, userId)
      await ctx.audit({ userId, action: 'create', recordType: 'user', recordId: userId, changes: createdFields({ login: admin.login, name: admin.name, roles: ['admin'], active: true }) })
      await ctx.audit({ userId, action: 'create', recordType: 'agency_profile', recordId: null, changes: createdFields(agency) })
      return startSession(ctx, userId)
    },
  }),

  'auth.login': twoSteps({
    // Verified even for unknown logins (against a dummy hash) so timing does not reveal which exist.
    before: async ({ login, password }, { services, client }) => {
      // A caller failing over and over waits between tries: refused here, before any check or record.
      const { lockoutAttempts } = await getSecuritySettings(services.db)
      const wait = services.loginGuard.waitSeconds(client.caller, services.now(), 2 * lockoutAttempts)
      if (wait > 0) throw new AppError('UNAUTHENTICATED', tooOftenMessage(wait))
      const row = await findUserByLogin(services.db, login)
      const hash = row?.password_hash ?? DUMMY_HASH
      return { hash, ok: await verifyPassword(password, hash) }
    },
    run: async ({ login }, ctx, checked) => {
      const row = await findUserByLogin(ctx.trx, login)
      // The password was changed or reset between the check and now: the check no longer answers for it.
      if ((row?.password_hash ?? DUMMY_HASH) !== checked.hash) throw new AppError('CONFLICT', '该账号的密码刚被修改，请重新登录')
      const now = ctx.services.now()
      const guard = ctx.services.loginGuard
      const locked = row?.locked_until && Date.parse(row.locked_until) > now
      // The right password lifts a lock in a window this account signed in from earlier in this run.
      const lifted = locked && checked.ok && row.active === 1 && guard.trusts(ctx.client.caller, row.id)
      if (locked && !lifted) return refuseLocked(ctx, { ...row, locked_until: row.locked_until! })
      // A disabled account answers the same whether the password was right or not (only the record says which).
      if (row && row.active !== 1) {
        await ctx.audit({ userId: row.id, action: 'login_failed', recordType: 'user', recordId: row.id, note: checked.ok ? '账号已停用' : '账号已停用（密码错误）' })
        ctx.services.loginGuard.failed(ctx.client.caller, now)
        throw new RefusalWithRecord('FORBIDDEN', '该账号已停用，请联系管理员')
      }
      if (!row || !checked.ok) return recordFailedLogin(ctx, row, login)
      await ctx.trx
        .updateTable('users')
        .set({ failed_logins: 0, locked_until: null, last_login_at: ctx.at })
        .where('id', '=', row.id)
        .execute()
      if (lifted) {
        await ctx.audit({ userId: row.id, action: 'unlock', recordType: 'user', recordId: row.id, changes: { lockedUntil: [row.locked_until, null] }, note: '在本次运行中登录过该账号的窗口输入了正确密码，锁定解除' })
      }
      await ctx.audit({ userId: row.id, action: 'login', recordType: 'user', recordId: row.id })
      ctx.afterCommit(() => guard.signedIn(ctx.client.caller, row.id))
      return startSession(ctx, row.id)
    },
  }),

  'auth.logout': async (_input, ctx) => {
    const user = actor(ctx)
    // Ended at once, recorded or not: a person who signs out on a full disk must not stay signed in.
    ctx.services.sessions.end(ctx.client.sessionToken)
    ctx.client.sessionToken = null
    await ctx.audit({ action: 'logout', recordType: 'user', recordId: user.id })
    return {}
  },

  // Typing in a form sends nothing to core; the window says it is in use. Resolving the session (dispatch.ts)
  // has already refreshed it, or answered that it expired.
  'auth.touch': async (_input, ctx) => {
    actor(ctx)
    return {}
  },

  'auth.me': async (_input, ctx) => sessionInfo(ctx, actor(ctx).id),

  'auth.changePassword': twoSteps({
    before: async ({ current, next }, ctx) => {
      const user = actor(ctx)
      const row = await ctx.services.db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow()
      if (!(await verifyPassword(current, row.password_hash))) {
        throw new AppError('VALIDATION', '当前密码不正确', { current: '当前密码不正确' })
      }
      refuseWeakPassword(user.login, next, 'next')
      return { checkedHash: row.password_hash, nextHash: await hashPassword(next) }
    },
    run: async (_input, ctx, { checkedHash, nextHash }) => {
      const user = actor(ctx)
      const row = await ctx.trx.selectFrom('users').select(['password_hash', 'version']).where('id', '=', user.id).executeTakeFirstOrThrow()
      if (row.password_hash !== checkedHash) throw new AppError('CONFLICT', '密码刚被修改或重置，请重新输入当前密码')
      await ctx.trx
        .updateTable('users')
        .set({ password_hash: nextHash, must_change_password: 0, updated_at: ctx.at, updated_by: user.id, version: row.version + 1 })
        .where('id', '=', user.id)
        .execute()
      await ctx.audit({
        action: 'password_change',
        recordType: 'user',
        recordId: user.id,
        changes: user.mustChangePassword ? { mustChangePassword: [true, false] } : {},
      })
      // Other windows signed in as this user end; this one carries on.
      ctx.afterCommit(() => ctx.services.sessions.endUser(user.id, ctx.client.sessionToken))
      return sessionInfo(ctx, user.id)
    },
  }),
}

async function sessionInfo(ctx: HandlerContext, userId: string): Promise<SessionInfo> {
  const user = await loadCurrentUser(ctx.trx, userId)
  if (!user) throw new AppError('UNAUTHENTICATED', '登录名或密码不正确')
  return { user, idleMinutes: (await getSecuritySettings(ctx.trx)).idleMinutes }
}

async function startSession(ctx: HandlerContext, userId: string): Promise<SessionInfo> {
  const info = await sessionInfo(ctx, userId)
  ctx.afterCommit(() => {
    ctx.services.sessions.end(ctx.client.sessionToken)
    ctx.client.sessionToken = ctx.services.sessions.create(userId, ctx.services.now())
  })
  return info
}
