import { isIsoDate } from './chinese-date'
import { toHalfWidth } from './half-width'

// 居民身份证号码 per GB 11643-1999 (DOMAIN.md part 2 §7.2): 6-digit address code, 8-digit birth date
// YYYYMMDD, 3-digit sequence number, 1 check character (0–9 or X, mod 11 over the first 17 digits).
// Old 15-digit numbers (6-digit address, YYMMDD, 3-digit sequence, no check character) are accepted and
// converted to 18 digits by inserting "19" before the year and appending the check character.
//
// Choices where DOMAIN.md leaves room:
// - Input is trimmed, full-width digits/Ｘ (IME full-width mode) become ASCII, and lower-case x is read as X
//   (hutool's default). Spaces inside the number are refused, not removed.
// - Only the 2-digit province code is checked, against hutool's CITY_CODES (the source DOMAIN.md names):
//   the 31 mainland provinces, 71 台湾, 81 香港, 82 澳门, 83 (台湾居民居住证), 91 国外.
// - The birth date must be a real calendar date; there is no earliest year (the GB 11643 example
//   440524188001010014 is born in 1880). A date after `today` is refused only when `today` is given.

/** GB 11643 weights, 2^(17-i) mod 11 for i = 0..16. */
export const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
/** Check character by weighted sum mod 11. */
export const ID_CHECK_CHARS = '10X98765432'

export const ID_PROVINCE_CODES: ReadonlyMap<string, string> = new Map([
  ['11', '北京'], ['12', '天津'], ['13', '河北'], ['14', '山西'], ['15', '内蒙古'],
  ['21', '辽宁'], ['22', '吉林'], ['23', '黑龙江'],
  ['31', '上海'], ['32', '江苏'], ['33', '浙江'], ['34', '安徽'], ['35', '福建'], ['36', '江西'], ['37', '山东'],
  ['41', '河南'], ['42', '湖北'], ['43', '湖南'], ['44', '广东'], ['45', '广西'], ['46', '海南'],
  ['50', '重庆'], ['51', '四川'], ['52', '贵州'], ['53', '云南'], ['54', '西藏'],
  ['61', '陕西'], ['62', '甘肃'], ['63', '青海'], ['64', '宁夏'], ['65', '新疆'],
  ['71', '台湾'], ['81', '香港'], ['82', '澳门'], ['83', '台湾'], ['91', '国外'],
])

export type IdNumberCheck =
  | { ok: true, value: string, birthDate: string }
  | { ok: false, message: string }

function fail(message: string): IdNumberCheck {
  return { ok: false, message }
}

/** Trims, turns full-width digits and Ｘ/ｘ into ASCII, and x into X. Does not remove inner spaces. */
export function normalizeIdNumber(input: string): string {
  return toHalfWidth(input.trim()).replace(/x/g, 'X')
}

/** The check character ('0'–'9' or 'X') for the first 17 digits. Throws RangeError on anything else. */
export function idCheckChar(first17: string): string {
  if (typeof first17 !== 'string' || !/^[0-9]{17}$/.test(first17)) {
    throw new RangeError('计算身份证号码校验位需要前17位数字')
  }
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (ID_WEIGHTS[i] ?? 0)
  return ID_CHECK_CHARS.charAt(sum % 11)
}

/** Old 15-digit number → 18 digits: "19" before the 2-digit year, then the check character.
 *  Only the shape is checked (15 ASCII digits, else RangeError); checkIdNumber checks the contents. */
export function convert15To18(id15: string): string {
  if (typeof id15 !== 'string' || !/^[0-9]{15}$/.test(id15)) {
    throw new RangeError('15位身份证号码应为15位数字')
  }
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`
  return first17 + idCheckChar(first17)
}

/**
 * Normalises and checks a 居民身份证号码 (18 digits, or an old 15-digit one which is converted).
 * today: 'YYYY-MM-DD'; when given, a birth date after it is refused. Throws RangeError if today is not a date.
 */
export function checkIdNumber(input: string, today?: string): IdNumberCheck {
  if (today !== undefined && !isIsoDate(today)) throw new RangeError('today 应为 YYYY-MM-DD 格式的日期')
  if (typeof input !== 'string') return fail('请填写身份证号码')
  const id = normalizeIdNumber(input)
  if (id.length === 0) return fail('请填写身份证号码')
  if (/\s/.test(id)) return fail('身份证号码中不能有空格')

  const chars = Array.from(id)
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? ''
    if (!/^[0-9X]$/.test(c)) return fail(`身份证号码只能由数字和末位的X组成：第${i + 1}位“${c}”不符`)
  }
  if (id.length !== 18 && id.length !== 15) return fail(`身份证号码应为18位（旧号码为15位），现为${id.length}位`)
  const x = id.indexOf('X')
  if (id.length === 15 && x >= 0) return fail(`15位身份证号码应全为数字：第${x + 1}位为“X”`)
  if (id.length === 18 && x >= 0 && x < 17) return fail(`身份证号码只有第18位可以是X：第${x + 1}位为“X”`)

  const province = id.slice(0, 2)
  if (!ID_PROVINCE_CODES.has(province)) return fail(`身份证号码前2位“${province}”不是有效的省级行政区划代码`)

  const birth = id.length === 15 ? `19${id.slice(6, 12)}` : id.slice(6, 14)
  const birthDate = `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`
  if (!isIsoDate(birthDate)) return fail(`身份证号码中的出生日期“${birth}”不存在`)
  if (today !== undefined && birthDate > today) return fail(`身份证号码中的出生日期“${birth}”晚于今天（${today}）`)

  if (id.length === 15) return { ok: true, value: convert15To18(id), birthDate }
  const expected = idCheckChar(id.slice(0, 17))
  if (id.charAt(17) !== expected) return fail(`身份证号码校验位不符：按前17位计算应为“${expected}”`)
  return { ok: true, value: id, birthDate }
}
