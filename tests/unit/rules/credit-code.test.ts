import { describe, expect, it } from 'vitest'
import {
  CREDIT_CODE_CHARSET,
  checkCreditCode,
  creditCodeCheckChar,
  normalizeCreditCode,
} from '../../../shared/rules/credit-code'
import { seededRandom } from '../../support/seeded-random'

// DOMAIN.md part 2 §7.1 "Verified locally: ... all pass".
const VECTORS = [
  '91350200776049653A',
  '913502000728319549',
  '91440101MA5CJQ4N59',
  '9135021359498494XQ',
  '91350213678251743X',
  '123502001549897397',
]

const CHARSET_MSG = '统一社会信用代码应为18位数字或大写字母（不含I、O、Z、S、V）'

// Written out independently of the module: value of each character and 3^i mod 31.
const VALUE = new Map(Array.from('0123456789ABCDEFGHJKLMNPQRTUWXY', (c, i) => [c, i]))
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

describe('constants', () => {
  it('has the 31-character set without I, O, S, V, Z and weights 3^i mod 31', () => {
    expect(CREDIT_CODE_CHARSET).toBe('0123456789ABCDEFGHJKLMNPQRTUWXY')
    expect(CREDIT_CODE_CHARSET).toHaveLength(31)
    for (const c of 'IOSVZ') expect(CREDIT_CODE_CHARSET).not.toContain(c)
    expect(WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 3 ** i % 31))
  })
})

describe('creditCodeCheckChar', () => {
  it.each(VECTORS)('%s', (code) => {
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code.charAt(17))
  })

  it('gives 9 for 91350203M0001QAY9 (DOMAIN.md §7.1 caution: checksum gives 9, not B)', () => {
    expect(creditCodeCheckChar('91350203M0001QAY9')).toBe('9')
  })

  it('maps remainder 0 to "0", not to the 32nd character', () => {
    // All zeros: sum 0, r = 31 → "0". A final 1 (weight 28): r = 31 - 28 = 3 → "3".
    expect(creditCodeCheckChar('00000000000000000')).toBe('0')
    expect(creditCodeCheckChar('00000000000000001')).toBe('3')
  })

  it.each([
    ['9135020077604965', '计算统一社会信用代码校验位需要前17位'],
    ['91350200776049653A', '计算统一社会信用代码校验位需要前17位'],
    ['9135020077604965O', '统一社会信用代码第17位“O”不在编码字符集中'],
    ['9135020077604965a', '统一社会信用代码第17位“a”不在编码字符集中'],
  ])('throws RangeError for %s', (first17, message) => {
    expect(() => creditCodeCheckChar(first17)).toThrow(RangeError)
    expect(() => creditCodeCheckChar(first17)).toThrow(message)
  })
})

describe('checkCreditCode: accepted', () => {
  it.each(VECTORS)('%s', (code) => {
    expect(checkCreditCode(code)).toEqual({ ok: true, value: code })
  })

  it.each([
    [' 91350200776049653A ', '91350200776049653A'],
    ['\t91440101MA5CJQ4N59\n', '91440101MA5CJQ4N59'],
    ['\u300091350213678251743X\u3000', '91350213678251743X'],
    ['91440101ma5cjq4n59', '91440101MA5CJQ4N59'],
    ['9135021359498494xq', '9135021359498494XQ'],
    ['９１３５０２００７７６０４９６５３Ａ', '91350200776049653A'],
    ['91440101ｍａ5ｃｊｑ4ｎ59', '91440101MA5CJQ4N59'],
  ])('normalises %j', (input, value) => {
    expect(normalizeCreditCode(input)).toBe(value)
    expect(checkCreditCode(input)).toEqual({ ok: true, value })
  })
})

describe('checkCreditCode: check digit (warn, may be confirmed)', () => {
  it('91350203M0001QAY9B fails only its check digit (DOMAIN.md §7.1)', () => {
    expect(checkCreditCode('91350203M0001QAY9B')).toEqual({
      ok: false,
      kind: 'checkDigit',
      message: '统一社会信用代码校验位不符：按前17位计算应为“9”',
      value: '91350203M0001QAY9B',
      expected: '9',
    })
  })

  it('reports the normalised value', () => {
    expect(checkCreditCode(' 91350200776049653b ')).toEqual({
      ok: false,
      kind: 'checkDigit',
      message: '统一社会信用代码校验位不符：按前17位计算应为“A”',
      value: '91350200776049653B',
      expected: 'A',
    })
  })

  it('catches a swap of two adjacent characters', () => {
    const result = checkCreditCode('91350200776046953A')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.kind).toBe('checkDigit')
  })
})

describe('checkCreditCode: refused (format)', () => {
  it.each([
    ['', '请填写统一社会信用代码'],
    ['   ', '请填写统一社会信用代码'],
    ['9135 0200 7760 4965 3A', '统一社会信用代码中不能有空格'],
    ['913502007760\u300049653A', '统一社会信用代码中不能有空格'],
    ['913502007760-49653A', `${CHARSET_MSG}：第13位“-”不符`],
    ['厦门某某有限公司', `${CHARSET_MSG}：第1位“厦”不符`],
    ['91350200776049653！', `${CHARSET_MSG}：第18位“！”不符`],
    ['9135020077604965😀A', `${CHARSET_MSG}：第17位“😀”不符`],
    ['9135020O776049653A', '统一社会信用代码不使用字母I、O、Z、S、V：第8位为“O”，是否应为数字“0”？'],
    ['9135020o776049653A', '统一社会信用代码不使用字母I、O、Z、S、V：第8位为“O”，是否应为数字“0”？'],
    ['9I350200776049653A', '统一社会信用代码不使用字母I、O、Z、S、V：第2位为“I”，是否应为数字“1”？'],
    ['913502007760496S3A', '统一社会信用代码不使用字母I、O、Z、S、V：第16位为“S”，是否应为数字“5”？'],
    ['91Z50200776049653A', '统一社会信用代码不使用字母I、O、Z、S、V：第3位为“Z”，是否应为数字“2”？'],
    ['91350200776049653V', '统一社会信用代码不使用字母I、O、Z、S、V：第18位为“V”'],
    ['9135020077604965', '统一社会信用代码应为18位，现为16位'],
    ['9135020077604965A', '统一社会信用代码应为18位，现为17位'],
    ['91350200776049653AA', '统一社会信用代码应为18位，现为19位'],
    ['91A50200776049653A', '统一社会信用代码第3至8位是登记管理机关行政区划码，应为数字：第3位为“A”'],
    ['9135020M776049653A', '统一社会信用代码第3至8位是登记管理机关行政区划码，应为数字：第8位为“M”'],
  ])('%j', (input, message) => {
    expect(checkCreditCode(input)).toEqual({ ok: false, kind: 'format', message })
  })

  it('refuses a non-string', () => {
    expect(checkCreditCode(undefined as unknown as string)).toEqual({
      ok: false,
      kind: 'format',
      message: '请填写统一社会信用代码',
    })
  })
})

describe('checkCreditCode: property', () => {
  it('for 500 random prefixes, only the computed check character passes', () => {
    const next = seededRandom(32100)
    const pick = (set: string) => set.charAt(Math.floor(next() * set.length))
    for (let n = 0; n < 500; n++) {
      let prefix = ''
      for (let i = 0; i < 17; i++) prefix += i >= 2 && i < 8 ? pick('0123456789') : pick(CREDIT_CODE_CHARSET)
      const check = creditCodeCheckChar(prefix)

      // Independent of the module: weighted sum of all 18 values ≡ 0 (mod 31).
      const sum = Array.from(prefix + check).reduce((s, c, i) => s + (VALUE.get(c) ?? NaN) * (WEIGHTS[i] ?? 1), 0)
      expect(sum % 31, prefix).toBe(0)

      expect(checkCreditCode(prefix + check)).toEqual({ ok: true, value: prefix + check })
      for (const other of CREDIT_CODE_CHARSET) {
        if (other === check) continue
        expect(checkCreditCode(prefix + other)).toEqual({
          ok: false,
          kind: 'checkDigit',
          message: `统一社会信用代码校验位不符：按前17位计算应为“${check}”`,
          value: prefix + other,
          expected: check,
        })
      }
    }
  })
})
