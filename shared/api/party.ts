import { z } from 'zod'
import { enumOf, optionalText, phone, requiredText } from './fields'
import { checkCreditCode } from '../rules/credit-code'
import { checkIdNumber } from '../rules/id-number'
import { PARTY_TYPES } from '../domain/seizures'

// The party (当事人) and the officers (执法人员) as every record names them: seizures, penalty cases. One schema,
// so the check-digit rules and their messages are the same everywhere.

export const CREDIT_CODE_UNVERIFIED = 'creditCodeUnverified'

export const party = z
  .object({
    type: enumOf(PARTY_TYPES, '当事人类型'),
    name: requiredText('当事人名称', 100),
    idNo: optionalText('证件号码', 30),
    /** The clerk confirmed a credit code whose check character does not match. */
    confirmUnverified: z.boolean().default(false),
    legalRep: optionalText('法定代表人（负责人）', 50),
    address: optionalText('地址', 200),
    phone,
  })
  .strict()
  .transform((p, ctx) => {
    const base = { type: p.type, name: p.name, legalRep: p.legalRep, address: p.address, phone: p.phone }
    if (p.idNo === '') return { ...base, idNo: '', idUnverified: false }
    if (p.type === 'natural_person') {
      const id = checkIdNumber(p.idNo)
      if (!id.ok) {
        ctx.addIssue({ code: 'custom', path: ['idNo'], message: id.message })
        return z.NEVER
      }
      return { ...base, idNo: id.value, idUnverified: false }
    }
    const code = checkCreditCode(p.idNo)
    if (code.ok) return { ...base, idNo: code.value, idUnverified: false }
    if (code.kind === 'checkDigit' && p.confirmUnverified) return { ...base, idNo: code.value, idUnverified: true }
    ctx.addIssue({
      code: 'custom',
      path: ['idNo'],
      message: code.kind === 'checkDigit' ? `${code.message}。如核对无误，请勾选“校验位不符，仍然保存”` : code.message,
      params: code.kind === 'checkDigit' ? { reason: CREDIT_CODE_UNVERIFIED } : undefined,
    })
    return z.NEVER
  })

export const officer = z.object({ name: requiredText('执法人员姓名', 20), certNo: requiredText('执法证号', 30) }).strict()

