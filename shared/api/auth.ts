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
}

export const authOperations = {
  'auth.setup': defineOperation<{ user: CurrentUser }>()({
    summary: '首次使用：填写机关信息并创建第一个管理员账号（仅在尚无账号时可用）',
    access: 'setup',
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
  'auth.login': defineOperation<{ user: CurrentUser }>()({
    summary: '登录',
    access: 'public',
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
    access: 'session',
    mutates: false,
    input: z.object({}).strict(),
  }),
  'auth.me': defineOperation<{ user: CurrentUser }>()({
    summary: '当前登录用户',
    access: 'session',
    mutates: false,
    input: z.object({}).strict(),
  }),
}
