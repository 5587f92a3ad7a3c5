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
    access: 'session',
    mutates: false,
    input: z.object({}).strict(),
  }),
  'settings.update': defineOperation<AgencyProfile>()({
    summary: '修改机关信息',
    access: ['admin'],
    mutates: true,
    input: agencyProfileFields.extend({ version }).strict(),
  }),
}
