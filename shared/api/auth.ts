import { z } from 'zod'
import { defineOperation } from './contract'
import { agencyProfileFields } from './settings'
import { requiredText } from './fields'
import type { Role } from '../domain/roles'

export const PASSWORD_MIN = 8

export const loginName = z
  .string({ error: '请填写登录名' })
  .trim()
  .regex(/^[A-Za-z0-9_.-]{2,32}$/, '登录名为2–32位字母、数字或 _ . -')

export const newPassword = z
  .string({ error: '请填写密码' })
  .min(PASSWORD_MIN, `密码至少${PASSWORD_MIN}位`)
  .max(128, '密码不能超过128位')

export interface CurrentUser {
  id: string
  login: string
  name: string
  roles: Role[]
  /** After a new account or a reset: nothing but changing the password is allowed until it is done. */
  mustChangePassword: boolean
}

/** What a window needs to know about its session. */
export interface SessionInfo {
  user: CurrentUser
  /** Minutes without activity after which the session ends (安全设置). */
  idleMinutes: number
}

export const authOperations = {
  'auth.setup': defineOperation<SessionInfo>()({
    summary: '首次使用：填写机关信息并创建第一个管理员账号（仅在尚无账号时可用）',
    mutates: true,
    input: z
      .object({
        agency: agencyProfileFields.strict(),
        admin: z
          .object({ login: loginName, name: requiredText('姓名', 20), password: newPassword })
          .strict(),
      })
      .strict(),
  }),
  'auth.login': defineOperation<SessionInfo>()({
    summary: '登录',
    mutates: false,
    input: z
      .object({
        login: z.string({ error: '请填写登录名' }).trim().min(1, '请填写登录名').max(32, '登录名过长'),
        password: z.string({ error: '请填写密码' }).min(1, '请填写密码').max(128, '密码过长'),
      })
      .strict(),
  }),
  'auth.logout': defineOperation<Record<string, never>>()({
    summary: '退出登录',
    mutates: false,
    input: z.object({}).strict(),
  }),
  'auth.touch': defineOperation<Record<string, never>>()({
    summary: '窗口中有键盘、鼠标操作：会话继续（窗口最多每分钟告知一次）',
    mutates: false,
    input: z.object({}).strict(),
  }),
  'auth.me': defineOperation<SessionInfo>()({
    summary: '当前登录用户',
    mutates: false,
    input: z.object({}).strict(),
  }),
  'auth.changePassword': defineOperation<SessionInfo>()({
    summary: '修改本人密码（须输入当前密码）',
    mutates: true,
    input: z
      .object({
        current: z.string({ error: '请填写当前密码' }).min(1, '请填写当前密码').max(128, '密码过长'),
        next: newPassword,
      })
      .strict()
      .refine((v) => v.current !== v.next, { message: '新密码不能与当前密码相同', path: ['next'] }),
  }),
}
