import { describe, expect, it } from 'vitest'
import {
  ID_PROVINCE_CODES,
  checkIdNumber,
  convert15To18,
  idCheckChar,
  normalizeIdNumber,
} from '../../../shared/rules/id-number'
import { seededRandom } from '../../support/seeded-random'

// DOMAIN.md part 2 §7.2 "Test vectors (verified locally)".
const VECTORS: [string, string][] = [
  ['11010519491231002X', '1949-12-31'],
  ['440524188001010014', '1880-01-01'],
]

// Written out independently of the module: GB 11643 weights 2^(17-i) mod 11, check value X = 10.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2, 1]

describe('idCheckChar', () => {
  it('uses weights 2^(17-i) mod 11', () => {
    expect(WEIGHTS.slice(0, 17)).toEqual(Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11))
  })

  it.each(VECTORS)('%s', (id) => {
    expect(idCheckChar(id.slice(0, 17))).toBe(id.charAt(17))
  })

  it('maps each remainder through "10X98765432"', () => {
    // sum = 7 * first digit here (weight 7), so remainders 0, 7, 3, 10 and 2 are reached.
    expect(idCheckChar('00000000000000000')).toBe('1')
    expect(idCheckChar('10000000000000000')).toBe('5')
    expect(idCheckChar('20000000000000000')).toBe('9')
    expect(idCheckChar('30000000000000000')).toBe('2')
    expect(idCheckChar('50000000000000000')).toBe('X')
  })

  it.each(['1101051949123100', '11010519491231002X', '1101051949123100X', '１1010519491231002'])(
    'throws RangeError for %j',
    (first17) => {
      expect(() => idCheckChar(first17)).toThrow(RangeError)
      expect(() => idCheckChar(first17)).toThrow('计算身份证号码校验位需要前17位数字')
    },
  )
})

describe('convert15To18', () => {
  it.each([
    // Derived from DOMAIN.md §7.2's vector: the 15-digit form of 11010519491231002X.
    ['110105491231002', '11010519491231002X'],
    // Same address/sequence as the second vector, born 1980-01-01: weighted sum 196, 196 mod 11 = 9 → "3".
    ['440524800101001', '440524198001010013'],
    // hutool IdcardUtil demo number (github.com/dromara/hutool docs / demos).
    ['150102880730303', '150102198807303035'],
  ])('%s → %s', (id15, id18) => {
    expect(convert15To18(id15)).toBe(id18)
  })

  it.each(['11010549123100', '1101054912310021', '11010549123100X', ' 110105491231002'])('throws RangeError for %j', (id15) => {
    expect(() => convert15To18(id15)).toThrow(RangeError)
    expect(() => convert15To18(id15)).toThrow('15位身份证号码应为15位数字')
  })
})

describe('checkIdNumber: accepted', () => {
  it.each(VECTORS)('%s', (id, birthDate) => {
    expect(checkIdNumber(id)).toEqual({ ok: true, value: id, birthDate })
  })

  it.each([
    ['11010519491231002x', '11010519491231002X', '1949-12-31'],
    [' 11010519491231002X\n', '11010519491231002X', '1949-12-31'],
    ['\u3000440524188001010014\u3000', '440524188001010014', '1880-01-01'],
    ['１１０１０５１９４９１２３１００２Ｘ', '11010519491231002X', '1949-12-31'],
    ['１１０１０５１９４９１２３１００２ｘ', '11010519491231002X', '1949-12-31'],
  ])('normalises %j', (input, value, birthDate) => {
    expect(normalizeIdNumber(input)).toBe(value)
    expect(checkIdNumber(input)).toEqual({ ok: true, value, birthDate })
  })

  it.each([
    ['110105491231002', '11010519491231002X', '1949-12-31'],
    ['440524800101001', '440524198001010013', '1980-01-01'],
    [' 150102880730303 ', '150102198807303035', '1988-07-30'],
  ])('converts the old 15-digit %j', (input, value, birthDate) => {
    expect(checkIdNumber(input)).toEqual({ ok: true, value, birthDate })
  })

  it('accepts 2000-02-29 (2000 is a leap year)', () => {
    expect(checkIdNumber('110105200002290013')).toEqual({
      ok: true,
      value: '110105200002290013',
      birthDate: '2000-02-29',
    })
  })

  it('accepts every listed province code, and a birth date on today', () => {
    expect([...ID_PROVINCE_CODES.keys()]).toHaveLength(36)
    for (const province of ID_PROVINCE_CODES.keys()) {
      const first17 = `${province}010520260501001`
      const id = first17 + idCheckChar(first17)
      expect(checkIdNumber(id, '2026-05-01')).toEqual({ ok: true, value: id, birthDate: '2026-05-01' })
    }
  })

  it('does not check for future birth dates without today', () => {
    expect(checkIdNumber('110105202605020011')).toEqual({
      ok: true,
      value: '110105202605020011',
      birthDate: '2026-05-02',
    })
  })
})

describe('checkIdNumber: refused', () => {
  it.each([
    ['', '请填写身份证号码'],
    [' \t', '请填写身份证号码'],
    ['110105 19491231 002X', '身份证号码中不能有空格'],
    ['11010519491231002Y', '身份证号码只能由数字和末位的X组成：第18位“Y”不符'],
    ['11010519491231-02X', '身份证号码只能由数字和末位的X组成：第15位“-”不符'],
    ['张三', '身份证号码只能由数字和末位的X组成：第1位“张”不符'],
    ['1101051949123100', '身份证号码应为18位（旧号码为15位），现为16位'],
    ['1101051949123100X', '身份证号码应为18位（旧号码为15位），现为17位'],
    ['11010519491231002X0', '身份证号码应为18位（旧号码为15位），现为19位'],
    ['11010549123100X', '15位身份证号码应全为数字：第15位为“X”'],
    ['1101051949123X002X', '身份证号码只有第18位可以是X：第14位为“X”'],
    ['000105194912310024', '身份证号码前2位“00”不是有效的省级行政区划代码'],
    ['990105194912310023', '身份证号码前2位“99”不是有效的省级行政区划代码'],
    ['990105491231002', '身份证号码前2位“99”不是有效的省级行政区划代码'],
    ['110105190002290017', '身份证号码中的出生日期“19000229”不存在'],
    ['110105000229001', '身份证号码中的出生日期“19000229”不存在'],
    ['110105199013010018', '身份证号码中的出生日期“19901301”不存在'],
    ['110105199001000015', '身份证号码中的出生日期“19900100”不存在'],
    ['110105199004310015', '身份证号码中的出生日期“19900431”不存在'],
    ['11010500000101001X', '身份证号码中的出生日期“00000101”不存在'],
    ['110105491331002', '身份证号码中的出生日期“19491331”不存在'],
    ['110105194912310021', '身份证号码校验位不符：按前17位计算应为“X”'],
    ['110105194912310020', '身份证号码校验位不符：按前17位计算应为“X”'],
    ['44052418800101001X', '身份证号码校验位不符：按前17位计算应为“4”'],
    // Position 17 changed 1 → 4: remainder 8 + 2·3 = 14 ≡ 3 → "9".
    ['440524188001010041', '身份证号码校验位不符：按前17位计算应为“9”'],
  ])('%j', (input, message) => {
    expect(checkIdNumber(input)).toEqual({ ok: false, message })
  })

  it('refuses a birth date after today', () => {
    expect(checkIdNumber('110105202605020011', '2026-05-01')).toEqual({
      ok: false,
      message: '身份证号码中的出生日期“20260502”晚于今天（2026-05-01）',
    })
  })

  it('refuses a non-string', () => {
    expect(checkIdNumber(null as unknown as string)).toEqual({ ok: false, message: '请填写身份证号码' })
  })

  it.each(['2026-5-1', '2026-02-30', '', 'today'])('throws RangeError for today = %j', (today) => {
    expect(() => checkIdNumber('11010519491231002X', today)).toThrow(RangeError)
    expect(() => checkIdNumber('11010519491231002X', today)).toThrow('today 应为 YYYY-MM-DD 格式的日期')
  })
})

describe('checkIdNumber: property', () => {
  it('for 500 random prefixes, only the computed check character passes', () => {
    const next = seededRandom(11643)
    const int = (n: number) => Math.floor(next() * n)
    const provinces = [...ID_PROVINCE_CODES.keys()]
    const checks = '0123456789X'
    for (let n = 0; n < 500; n++) {
      // Random real birth date from 1900-01-01 on, through 2025 (UTC day arithmetic, independent of the module).
      const day = new Date(Date.UTC(1900, 0, 1) + int(46020) * 86_400_000)
      const birth = day.toISOString().slice(0, 10)
      const digits = (k: number) => Array.from({ length: k }, () => int(10)).join('')
      const prefix = `${provinces[int(provinces.length)]}${digits(4)}${birth.replaceAll('-', '')}${digits(3)}`
      const check = idCheckChar(prefix)

      // Independent of the module: Σ a_i·W_i over all 18 characters ≡ 1 (mod 11), X counting 10.
      const sum = Array.from(prefix + check).reduce((s, c, i) => s + (c === 'X' ? 10 : Number(c)) * (WEIGHTS[i] ?? NaN), 0)
      expect(sum % 11, prefix).toBe(1)

      expect(checkIdNumber(prefix + check, '2026-01-01')).toEqual({ ok: true, value: prefix + check, birthDate: birth })
      for (const other of checks) {
        if (other === check) continue
        expect(checkIdNumber(prefix + other)).toEqual({
          ok: false,
          message: `身份证号码校验位不符：按前17位计算应为“${check}”`,
        })
      }
    }
  })
})
