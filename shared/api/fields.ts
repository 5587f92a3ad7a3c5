import { z } from 'zod'
import { isOneLine, isUsableText } from '../rules/text-chars'
import { isIsoDate } from '../rules/chinese-date'
import { keysOf } from '../domain/seizures'

// Field schemas reused across areas, with the messages a clerk sees.

/**
 * No control character, U+FFFE/U+FFFF or broken surrogate (shared/rules/text-chars.ts): a NUL breaks SQLite's
 * text functions and the CHECK constraints on names, the others make every Word or Excel file holding the text
 * unopenable. Such characters come from pasting, never from typing.
 */
export const usable = (label: string) => [isUsableText, `${label}包含无法使用的控制字符（多为复制粘贴带入），请删除后重新输入`] as const

/**
 * A one-line field (a name, an address, a 事项) holds no line break or tab: printed into a document it would
 * break the line there (a Word template prints a line break as one), and a name is never meant to.
 */
export const oneLine = (label: string) => [isOneLine, `${label}只能写一行，不能包含换行或制表符`] as const

export interface TextOptions {
  /** The field is written in several lines (备注, 理由), so line breaks are kept. */
  multiline?: boolean
}

const textRules = (s: z.ZodString, label: string, opts: TextOptions) => (opts.multiline ? s.refine(...usable(label)) : s.refine(...usable(label)).refine(...oneLine(label)))

/** Required text: trimmed, not empty, bounded; one line unless `multiline`. */
export const requiredText = (label: string, max: number, opts: TextOptions = {}) =>
  textRules(
    z
      .string({ error: `请填写${label}` })
      .trim()
      .min(1, `请填写${label}`)
      .max(max, `${label}不能超过${max}个字`),
    label,
    opts,
  )

/** Optional text: trimmed; absent or blank is stored as an empty string; one line unless `multiline`. */
export const optionalText = (label: string, max: number, opts: TextOptions = {}) =>
  textRules(
    z
      .string({ error: `${label}应为文字` })
      .trim()
      .max(max, `${label}不能超过${max}个字`),
    label,
    opts,
  ).default('')

export const phone = z
  .string({ error: '电话应为文字' })
  .trim()
  .regex(/^$|^[0-9+()\- ]{5,20}$/, '电话号码只能包含数字、空格和 + - ( )，5–20位')
  .default('')

export const postcode = z
  .string({ error: '邮政编码应为文字' })
  .trim()
  .regex(/^$|^\d{6}$/, '邮政编码应为6位数字')
  .default('')

/** The version a client read, for optimistic concurrency. */
export const version = z.number({ error: '缺少记录版本号' }).int('记录版本号应为整数').min(1, '记录版本号无效')

/** The id of a record the caller read. */
export const recordId = z.string({ error: '缺少记录编号' }).trim().min(1, '缺少记录编号').max(64, '记录编号无效')

/** Why a record is voided: records are never deleted, and the reason stays on record. */
export const voidReason = z
  .string({ error: '请填写作废原因' })
  .trim()
  .min(2, '请填写作废原因（至少2个字）')
  .max(200, '作废原因不能超过200个字')
  .refine(...usable('作废原因'))

export const isoDate = (label: string) =>
  z.string({ error: `请填写${label}` }).trim().refine(isIsoDate, `${label}应为有效日期，例如 2026-11-23`)

export const enumOf = <T extends Record<string, string>>(o: T, label: string) => z.enum(keysOf(o), { error: `请选择${label}` })

/** Largest quantity/amount accepted: a billion units in thousandths, far above any real seizure. */
export const MAX_SCALED = 1_000_000_000_000

/** A quantity in thousandths, more than zero. */
export const positiveMilli = (label: string) =>
  z.number({ error: `请填写${label}` }).int(`${label}最多3位小数`).min(1, `${label}应大于0`).max(MAX_SCALED, `${label}过大`)
