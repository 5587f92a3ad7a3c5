import { z } from 'zod'
import { defineOperation } from './contract'
import { loginName, newPassword } from './auth'
import { recordId, requiredText, version, voidReason } from './fields'
import { ROLES, type Role } from '../domain/roles'

/** An account as the administrator sees it. */
export interface Account {
  id: string
  login: string
  name: string
  roles: Role[]
  active: boolean
  /** Set by a password reset or a new account: the user must choose a password at next login. */
  mustChangePassword: boolean
  /** Until when logins are refused (too many wrong passwords); may lie in the past. */
  lockedUntil: string | null
  /** Locked right now, by core's clock (the web page's clock may differ). */
  locked: boolean
  lastLoginAt: string | null
  createdAt: string
  updatedAt: string
  version: number
  voided: { at: string; byName: string; reason: string } | null
}

const roles = z
  .array(z.enum(ROLES, { error: '角色无效' }), { error: '请选择角色' })
  .min(1, '请至少选择一个角色')
  .refine((r) => new Set(r).size === r.length, '角色重复')

export const accountOperations = {
  'accounts.list': defineOperation<Account[]>()({
    summary: '账号列表（默认不含已作废的账号）',
    mutates: false,
    input: z.object({ includeVoided: z.boolean().default(false) }).strict(),
  }),
  'accounts.create': defineOperation<Account>()({
    summary: '新建账号（设初始密码，本人首次登录时须修改）',
    mutates: true,
    input: z.object({ login: loginName, name: requiredText('姓名', 20), roles, password: newPassword }).strict(),
  }),
  'accounts.update': defineOperation<Account>()({
    summary: '修改账号的姓名、角色和启用状态',
    mutates: true,
    input: z
      .object({ id: recordId, version, name: requiredText('姓名', 20), roles, active: z.boolean({ error: '请选择状态' }) })
      .strict(),
  }),
  'accounts.resetPassword': defineOperation<Account>()({
    summary: '重置密码（设临时密码，本人下次登录时须修改；同时解除锁定）',
    mutates: true,
    input: z.object({ id: recordId, version, password: newPassword }).strict(),
  }),
  'accounts.unlock': defineOperation<Account>()({
    summary: '解除因密码错误过多而锁定的账号',
    mutates: true,
    input: z.object({ id: recordId, version }).strict(),
  }),
  'accounts.void': defineOperation<Account>()({
    summary: '作废账号（写明原因；不删除，登录名不再使用）',
    mutates: true,
    input: z.object({ id: recordId, version, reason: voidReason }).strict(),
  }),
}
