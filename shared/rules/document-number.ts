import { z } from 'zod'
import { toHalfWidth } from './half-width'

// 发文字号 per GB/T 9704 (DOMAIN.md part 2 §6): full year in 六角括号〔〕 (U+3014/U+3015),
// serial without leading zeros and without 第, ending with 号, e.g. X市监强制〔2026〕3号.

export type DocumentNumber = { prefix: string, year: number, serial: number }
export type ParsedDocumentNumber = ({ ok: true } & DocumentNumber) | { ok: false, message: string }

const EXAMPLE = '例如 X市监强制〔2026〕3号'
export const MIN_YEAR = 1990
export const MAX_YEAR = 2100

// A 4-digit year in brackets where at least one side is not 六角括号, e.g. (2026) or 〔2026].
const WRONG_OPEN = /[[(（【［〖〈<{]\d{4}[\])）】］〗〉>}〕]/
const WRONG_CLOSE = /〔\d{4}[\])）】］〗〉>}]/
const SHAPE = /^([^〔〕]*)〔([^〔〕]*)〕([^〔〕]*)$/

function fail(message: string): ParsedDocumentNumber {
  return { ok: false, message }
}

/** Checks a 文号 exactly as given (no trimming) and splits it into its parts. */
export function parseDocumentNumber(s: string): ParsedDocumentNumber {
  if (typeof s !== 'string' || s.length === 0) return fail(`请填写文号，${EXAMPLE}`)
  if (/\s/.test(s)) return fail(`文号中不能有空格，${EXAMPLE}`)

  if (WRONG_OPEN.test(s) || WRONG_CLOSE.test(s)) return fail(`年份应使用六角括号〔〕，${EXAMPLE}`)
  const shape = SHAPE.exec(s)
  if (!shape) return fail(`文号格式不对，应为 机关代字〔年份〕序号，${EXAMPLE}`)
  const prefix = shape[1] ?? ''
  const yearText = shape[2] ?? ''
  const tail = shape[3] ?? ''

  if (prefix.length === 0) return fail(`文号缺少机关代字，${EXAMPLE}`)
  if (!/^\d{4}$/.test(yearText)) return fail('年份应为4位阿拉伯数字，例如〔2026〕')
  const year = Number(yearText)
  if (year < MIN_YEAR || year > MAX_YEAR) return fail(`年份应在${MIN_YEAR}年至${MAX_YEAR}年之间`)

  if (!tail.endsWith('号')) return fail(`文号应以“号”结尾，${EXAMPLE}`)
  const serialText = tail.slice(0, -1)
  if (serialText.startsWith('第')) return fail('序号前不要写“第”，例如写 3号 而不是 第3号')
  if (!/^\d+$/.test(serialText)) return fail('序号应为阿拉伯数字，例如 3号')
  if (/^0+$/.test(serialText)) return fail('序号应从1开始')
  if (serialText.startsWith('0')) return fail('序号前不要补零，例如写 1号 而不是 01号')
  const serial = Number(serialText)
  if (!Number.isSafeInteger(serial)) return fail('序号过大')

  return { ok: true, prefix, year, serial }
}

/** Builds a 文号, e.g. X市监强制〔2026〕3号. Throws RangeError if the parts would not parse back. */
export function formatDocumentNumber({ prefix, year, serial }: DocumentNumber): string {
  const text = `${prefix}〔${year}〕${serial}号`
  const parsed = parseDocumentNumber(text)
  // Round trip guards against e.g. serial 3.5, year 26 or a prefix holding 〔 or a space.
  if (!parsed.ok || parsed.prefix !== prefix || parsed.year !== year || parsed.serial !== serial) {
    throw new RangeError(parsed.ok ? `文号无效，${EXAMPLE}` : parsed.message)
  }
  return text
}

/** Form field for a 文号: trimmed, then checked by parseDocumentNumber. */
export const documentNumberSchema = z
  .string({ error: '文号应为文字' })
  .trim()
  .superRefine((value, ctx) => {
    const parsed = parseDocumentNumber(value)
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message })
  })

/**
 * What a clerk can type for 〔〕 without hunting for it: [2026], (2026), （2026）, 【2026】 … around a year become
 * 〔2026〕, full-width digits become ordinary ones, and blanks are removed. Done by every 文号 field on leaving it;
 * the result is still checked by parseDocumentNumber.
 */
export function fixDocumentNumberBrackets(s: string): string {
  return toHalfWidth(s)
    .replace(/\s+/g, '')
    .replace(/[[(（【［〖〈<{〔](\d{4})[\])）】］〗〉>}〕]/g, '〔$1〕')
}
