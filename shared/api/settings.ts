import { z } from 'zod'
import { defineOperation } from './contract'
import { optionalText, phone, postcode, requiredText, version } from './fields'

/** The agency profile (机关信息): printed on every document and used in 文号. */
export const agencyProfileFields = z.object({
  fullName: requiredText('机关全称', 60),
  shortName: requiredText('机关简称（文号代字）', 12).regex(
    /^[^\s〔〕[\]()（）]+$/,
    '机关简称不能包含空格或括号，例如“X市监”',
  ),
  address: optionalText('地址', 100),
  phone,
  postcode,
})
export type AgencyProfileInput = z.input<typeof agencyProfileFields>

export interface AgencyProfile {
  fullName: string
  shortName: string
  address: string
  phone: string
  postcode: string
  version: number
  updatedAt: string
  updatedBy: string | null
}

export const settingsOperations = {
  'settings.get': defineOperation<AgencyProfile>()({
    summary: '读取机关信息',
    mutates: false,
    input: z.object({}).strict(),
  }),
  'settings.update': defineOperation<AgencyProfile>()({
    summary: '修改机关信息',
    mutates: true,
    input: agencyProfileFields.extend({ version }).strict(),
  }),
}

/** 安全设置: idle logout and lockout after repeated wrong passwords. */
export interface SecuritySettings {
  idleMinutes: number
  lockoutAttempts: number
  lockoutMinutes: number
  version: number
  updatedAt: string
}

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: `请填写${label}` })
    .int(`${label}应为整数`)
    .min(min, `${label}应在${min}到${max}之间`)
    .max(max, `${label}应在${min}到${max}之间`)

export const securityOperations = {
  'settings.security.get': defineOperation<SecuritySettings>()({
    summary: '读取安全设置（空闲自动退出、登录失败锁定）',
    mutates: false,
    input: z.object({}).strict(),
  }),
  'settings.security.update': defineOperation<SecuritySettings>()({
    summary: '修改安全设置',
    mutates: true,
    input: z
      .object({
        idleMinutes: wholeNumber('空闲自动退出（分钟）', 1, 480),
        lockoutAttempts: wholeNumber('连续密码错误次数上限', 3, 20),
        lockoutMinutes: wholeNumber('锁定时长（分钟）', 1, 240),
        version,
      })
      .strict(),
  }),
}
