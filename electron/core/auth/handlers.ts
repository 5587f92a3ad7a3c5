import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { AppError } from '../errors'
import { insertAgencyProfile } from '../settings/repository'
import { DUMMY_HASH, hashPassword, verifyPassword } from './password'
import { countUsers, findUserByLogin, insertUser, loadCurrentUser } from './users'

export const authHandlers: HandlerMap<'auth.setup' | 'auth.login' | 'auth.logout' | 'auth.me'> = {
  'auth.setup': async ({ agency, admin }, ctx) => {
    // Checked again inside the transaction: two first-run windows must not both create an admin.
    if ((await countUsers(ctx.trx)) > 0) throw new AppError('STATE', '首次设置已完成，请直接登录')
    const passwordHash = await hashPassword(admin.password)
    const userId = await insertUser(ctx.trx, { ...admin, passwordHash, roles: ['admin'], createdBy: null })
    await insertAgencyProfile(ctx.trx, agency, userId)
    await ctx.audit({ recordType: 'user', recordId: userId, detail: { login: admin.login, roles: ['admin'] } })
    await ctx.audit({ recordType: 'agency_profile', recordId: null, detail: { created: agency } })
    const user = await loadCurrentUser(ctx.trx, userId)
    if (!user) throw new AppError('INTERNAL', '账号创建失败')
    startSession(ctx, user.id)
    return { user }
  },

  'auth.login': async ({ login, password }, ctx) => {
    const row = await findUserByLogin(ctx.trx, login)
    // Verify against a dummy hash for unknown logins so timing does not reveal which logins exist.
    const ok = await verifyPassword(password, row?.password_hash ?? DUMMY_HASH)
    if (!row || !ok) throw new AppError('UNAUTHENTICATED', '登录名或密码不正确')
    if (row.active !== 1) throw new AppError('FORBIDDEN', '该账号已停用，请联系管理员')
    const user = await loadCurrentUser(ctx.trx, row.id)
    if (!user) throw new AppError('UNAUTHENTICATED', '登录名或密码不正确')
    startSession(ctx, user.id)
    return { user }
  },

  'auth.logout': async (_input, ctx) => {
    ctx.services.sessions.end(ctx.client.sessionToken)
    ctx.client.sessionToken = null
    return {}
  },

  'auth.me': async (_input, ctx) => ({ user: actor(ctx) }),
}

function startSession(ctx: Parameters<HandlerMap<'auth.login'>['auth.login']>[1], userId: string): void {
  ctx.services.sessions.end(ctx.client.sessionToken)
  ctx.client.sessionToken = ctx.services.sessions.create(userId)
}
