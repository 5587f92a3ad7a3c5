// 统一社会信用代码 per GB 32100-2015 (DOMAIN.md part 2 §7.1): 18 characters from a 31-character set
// (digits and upper-case letters without I, O, S, V, Z); positions 3–8 are the 行政区划码 and are digits;
// position 18 is a mod-31 check character over the first 17.
//
// A wrong check character is reported apart from a malformed code (kind 'checkDigit' vs 'format'):
// the office warns on a failed checksum but lets a clerk confirm it (DOMAIN.md §7.1 caution,
// part 1 §1 "warn-not-block for credit codes"), while a malformed code is refused.
//
// Normalisation (DOMAIN.md is silent on input forms; these are this module's choices):
// outer whitespace is trimmed, full-width ASCII letters/digits (IME full-width mode) become
// half-width, and a–z become A–Z. Spaces inside the code are refused, not removed.
// Not checked: the 登记管理部门/机构类别 codes in positions 1–2 (only partly known, UNCONFIRMED) and the
// GB 11714 organisation-code check inside positions 9–17 (not every 主体标识码 need carry it).
import { toHalfWidth } from './half-width'

/** The 31 characters in value order: each character's value is its index. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
/** 3^i mod 31 for i = 0..16. */
export const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const

export type CreditCodeCheck =
  | { ok: true, value: string }
  | { ok: false, kind: 'format', message: string }
  // value: the normalised code as typed, for saving after the clerk confirms; expected: the computed check char.
  | { ok: false, kind: 'checkDigit', message: string, value: string, expected: string }

const CHARSET_TEXT = '18位数字或大写字母（不含I、O、Z、S、V）'
// Letters left out of the set, and the digit each is usually mistaken for.
const EXCLUDED = new Map([['I', '1'], ['O', '0'], ['Z', '2'], ['S', '5'], ['V', '']])

/** Trims, turns full-width letters/digits into ASCII and a–z into A–Z. Does not remove inner spaces. */
export function normalizeCreditCode(input: string): string {
  return toHalfWidth(input.trim()).replace(/[a-z]/g, (c) => c.toUpperCase())
}

/** The check character for 17 characters of CREDIT_CODE_CHARSET. Throws RangeError on anything else. */
export function creditCodeCheckChar(first17: string): string {
  if (typeof first17 !== 'string' || first17.length !== 17) {
    throw new RangeError('计算统一社会信用代码校验位需要前17位')
  }
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17.charAt(i))
    if (value < 0) throw new RangeError(`统一社会信用代码第${i + 1}位“${first17.charAt(i)}”不在编码字符集中`)
    sum += value * (CREDIT_CODE_WEIGHTS[i] ?? 0)
  }
  const r = 31 - (sum % 31)
  return CREDIT_CODE_CHARSET.charAt(r === 31 ? 0 : r)
}

function format(message: string): CreditCodeCheck {
  return { ok: false, kind: 'format', message }
}

/** Normalises and checks a 统一社会信用代码. */
export function checkCreditCode(input: string): CreditCodeCheck {
  if (typeof input !== 'string') return format('请填写统一社会信用代码')
  const value = normalizeCreditCode(input)
  if (value.length === 0) return format('请填写统一社会信用代码')
  if (/\s/.test(value)) return format('统一社会信用代码中不能有空格')

  const chars = Array.from(value)
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? ''
    if (CREDIT_CODE_CHARSET.includes(c)) continue
    const digit = EXCLUDED.get(c)
    if (digit !== undefined) {
      const hint = digit ? `，是否应为数字“${digit}”？` : ''
      return format(`统一社会信用代码不使用字母I、O、Z、S、V：第${i + 1}位为“${c}”${hint}`)
    }
    return format(`统一社会信用代码应为${CHARSET_TEXT}：第${i + 1}位“${c}”不符`)
  }
  if (value.length !== 18) return format(`统一社会信用代码应为18位，现为${value.length}位`)

  for (let i = 2; i < 8; i++) {
    const c = value.charAt(i)
    if (!/[0-9]/.test(c)) {
      return format(`统一社会信用代码第3至8位是登记管理机关行政区划码，应为数字：第${i + 1}位为“${c}”`)
    }
  }

  const expected = creditCodeCheckChar(value.slice(0, 17))
  if (value.charAt(17) !== expected) {
    return {
      ok: false,
      kind: 'checkDigit',
      message: `统一社会信用代码校验位不符：按前17位计算应为“${expected}”`,
      value,
      expected,
    }
  }
  return { ok: true, value }
}
