import type { HandlerMap } from '../handler'
import { actor, twoSteps } from '../handler'
import { changedFields, createdFields } from '../audit/write'
import { AppError } from '../errors'
import { hashPassword, refuseWeakPassword } from '../auth/password'
import { insertUser } from '../auth/users'
import { assertAdminRemains, editableAccount, getAccount, listAccounts, setRoles } from './repository'

type Ops = 'accounts.list' | 'accounts.create' | 'accounts.update' | 'accounts.resetPassword' | 'accounts.unlock' | 'accounts.void'

const bump = (version: number, by: string, at: string) => ({ version: version + 1, updated_at: at, updated_by: by })

export const accountHandlers: HandlerMap<Ops> = {
  'accounts.list': ({ includeVoided }, { trx, services }) => listAccounts(trx, includeVoided, services.now()),

  // The password is checked and hashed before the transaction opens (handler.ts TwoStepHandler).
  'accounts.create': twoSteps({
    before: async ({ login, password }) => {
      refuseWeakPassword(login, password, 'password')
      return hashPassword(password)
    },
    run: async ({ login, name, roles }, ctx, passwordHash) => {
      const taken = await ctx.trx.selectFrom('users').select(['id', 'voided_at']).where('login', '=', login).executeTakeFirst()
      if (taken) {
        const msg = taken.voided_at ? '该登录名属于一个已作废的账号，不能再次使用' : '该登录名已被使用'
        throw new AppError('VALIDATION', msg, { login: msg })
      }
      const id = await insertUser(ctx.trx, { login, name, passwordHash, roles, createdBy: actor(ctx).id, mustChangePassword: true, at: ctx.at })
      await ctx.audit({ action: 'create', recordType: 'user', recordId: id, changes: createdFields({ login, name, roles, active: true, mustChangePassword: true }) })
      return getAccount(ctx.trx, id, ctx.services.now())
    },
  }),

  'accounts.update': async ({ id, version, name, roles, active }, ctx) => {
    const before = await editableAccount(ctx.trx, id, version, ctx.services.now())
    const changes = changedFields(before, { name, roles, active })
    if (Object.keys(changes).length === 0) return before
    await ctx.trx
      .updateTable('users')
      .set({ name, active: active ? 1 : 0, ...bump(version, actor(ctx).id, ctx.at) })
      .where('id', '=', id)
      .execute()
    await setRoles(ctx.trx, id, roles)
    await assertAdminRemains(ctx.trx)
    await ctx.audit({ action: 'update', recordType: 'user', recordId: id, changes })
    // A disabled account, or one that lost roles, starts again from the login screen.
    if (!active || changes.roles) ctx.services.sessions.endUser(id, id === actor(ctx).id ? ctx.client.sessionToken : null)
    return getAccount(ctx.trx, id, ctx.services.now())
  },

  'accounts.resetPassword': twoSteps({
    before: async ({ id, password }, { services }) => {
      const row = await services.db.selectFrom('users').select('login').where('id', '=', id).executeTakeFirst()
      // An unknown id is refused in `run`, with the rest of the checks.
      if (row) refuseWeakPassword(row.login, password, 'password')
      return hashPassword(password)
    },
    run: async ({ id, version }, ctx, passwordHash) => {
      const before = await editableAccount(ctx.trx, id, version, ctx.services.now())
      // Would end the admin's own session mid-way; one's own password is changed with the current one.
      if (id === actor(ctx).id) throw new AppError('STATE', '不能重置自己的密码，请使用“修改密码”')
      await ctx.trx
        .updateTable('users')
        .set({ password_hash: passwordHash, must_change_password: 1, failed_logins: 0, locked_until: null, ...bump(version, actor(ctx).id, ctx.at) })
        .where('id', '=', id)
        .execute()
      await ctx.audit({
        action: 'password_reset',
        recordType: 'user',
        recordId: id,
        changes: { ...changedFields(before, { mustChangePassword: true }), ...(before.lockedUntil ? { lockedUntil: [before.lockedUntil, null] } : {}) },
      })
      ctx.services.sessions.endUser(id)
      return getAccount(ctx.trx, id, ctx.services.now())
    },
  }),

  'accounts.unlock': async ({ id, version }, ctx) => {
    const before = await editableAccount(ctx.trx, id, version, ctx.services.now())
    await ctx.trx
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null, ...bump(version, actor(ctx).id, ctx.at) })
      .where('id', '=', id)
      .execute()
    await ctx.audit({ action: 'unlock', recordType: 'user', recordId: id, changes: before.lockedUntil ? { lockedUntil: [before.lockedUntil, null] } : {} })
    return getAccount(ctx.trx, id, ctx.services.now())
  },

  'accounts.void': async ({ id, version, reason }, ctx) => {
    await editableAccount(ctx.trx, id, version, ctx.services.now())
    const by = actor(ctx).id
    if (id === by) throw new AppError('STATE', '不能作废自己正在使用的账号')
    await ctx.trx
      .updateTable('users')
      .set({ voided_at: ctx.at, voided_by: by, void_reason: reason, active: 0, ...bump(version, by, ctx.at) })
      .where('id', '=', id)
      .execute()
    await assertAdminRemains(ctx.trx)
    await ctx.audit({ action: 'void', recordType: 'user', recordId: id, note: reason })
    ctx.services.sessions.endUser(id)
    return getAccount(ctx.trx, id, ctx.services.now())
  },
}
