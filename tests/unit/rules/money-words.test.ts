import { describe, expect, it } from 'vitest'
import { formatYuan, MAX_FEN_EXCLUSIVE, moneyInWords } from '../../../shared/rules/money-words'

// Yuan with up to two decimals, as written on paper, to integer fen.
const fen = (yuan: string) => Math.round(Number(yuan.replace(/,/g, '')) * 100)

describe('moneyInWords: official PBOC examples', () => {
  it.each([
    ['1,409.50', '人民币壹仟肆佰零玖元伍角整'],
    ['6,007.14', '人民币陆仟零柒元壹角肆分'],
    // Rule 3: first of the two accepted forms (零 before 角, none after 万).
    ['1,680.32', '人民币壹仟陆佰捌拾元零叁角贰分'],
    ['107,000.53', '人民币壹拾万柒仟元零伍角叁分'],
    ['16,409.02', '人民币壹万陆仟肆佰零玖元零贰分'],
    ['325.04', '人民币叁佰贰拾伍元零肆分'],
    ['12,000', '人民币壹万贰仟元整'],
    ['100,010,000', '人民币壹亿零壹万元整'],
  ])('¥%s → %s', (yuan, words) => {
    expect(moneyInWords(fen(yuan))).toBe(words)
  })

  it('rule 3 output is one of the two officially accepted forms', () => {
    expect(['人民币壹仟陆佰捌拾元零叁角贰分', '人民币壹仟陆佰捌拾元叁角贰分']).toContain(moneyInWords(168032))
    expect(['人民币壹拾万柒仟元零伍角叁分', '人民币壹拾万零柒仟元伍角叁分']).toContain(moneyInWords(10700053))
  })
})

describe('moneyInWords: more amounts', () => {
  it.each([
    [0, '人民币零元整'],
    [1, '人民币壹分'],
    [5, '人民币伍分'],
    [50, '人民币伍角整'],
    [55, '人民币伍角伍分'],
    [100, '人民币壹元整'],
    [105, '人民币壹元零伍分'],
    [150, '人民币壹元伍角整'],
    [1000, '人民币壹拾元整'],
    [1001, '人民币壹拾元零壹分'],
    [1050, '人民币壹拾元零伍角整'],
    [1500, '人民币壹拾伍元整'],
    [2000, '人民币贰拾元整'],
    [11000, '人民币壹佰壹拾元整'],
    [10100, '人民币壹佰零壹元整'],
    [100000, '人民币壹仟元整'],
    [100100, '人民币壹仟零壹元整'],
    [1000000, '人民币壹万元整'],
    [1050000, '人民币壹万零伍佰元整'],
    [10000000, '人民币壹拾万元整'],
    [10050000, '人民币壹拾万零伍佰元整'],
    [10000050, '人民币壹拾万元零伍角整'],
    [100500000, '人民币壹佰万伍仟元整'],
    [160000, '人民币壹仟陆佰元整'],
    [160032, '人民币壹仟陆佰元零叁角贰分'],
    [10000000000, '人民币壹亿元整'],
    [10000000100, '人民币壹亿零壹元整'],
    [10000100000, '人民币壹亿零壹仟元整'],
    [10000500000, '人民币壹亿零伍仟元整'],
    [10005000000, '人民币壹亿零伍万元整'],
    [100000000000, '人民币壹拾亿元整'],
    [105000000000, '人民币壹拾亿伍仟万元整'],
    [1000000000000, '人民币壹佰亿元整'],
    [1000000000000 + 1, '人民币壹佰亿元零壹分'],
    [MAX_FEN_EXCLUSIVE - 1, '人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
  ])('%i fen → %s', (amount, words) => {
    expect(moneyInWords(amount)).toBe(words)
  })

  it('uses only the official characters', () => {
    for (const amount of [0, 7, 30, 1234567, 98765432101, MAX_FEN_EXCLUSIVE - 1]) {
      expect(moneyInWords(amount)).toMatch(/^人民币[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/)
    }
  })

  it('never writes two 零 in a row nor 零 before a unit', () => {
    for (let amount = 1; amount < 2_000_000; amount += 997) {
      const words = moneyInWords(amount)
      expect(words).not.toMatch(/零零|零[拾佰仟万亿元角分整]/)
    }
  })
})

describe('moneyInWords: refusals', () => {
  it.each([
    [-1, '金额不能为负数'],
    [-100, '金额不能为负数'],
    [0.5, '金额应为以分为单位的整数'],
    [100.01, '金额应为以分为单位的整数'],
    [Number.NaN, '金额应为以分为单位的整数'],
    [Number.POSITIVE_INFINITY, '金额应为以分为单位的整数'],
    [Number.NEGATIVE_INFINITY, '金额应为以分为单位的整数'],
    [MAX_FEN_EXCLUSIVE, '金额过大：应小于1万亿元'],
    [Number.MAX_SAFE_INTEGER, '金额过大：应小于1万亿元'],
  ])('refuses %s', (amount, message) => {
    expect(() => moneyInWords(amount)).toThrow(RangeError)
    expect(() => moneyInWords(amount)).toThrow(message)
  })

  it('refuses a value that is not a number at run time', () => {
    expect(() => moneyInWords('100' as unknown as number)).toThrow(RangeError)
  })

  it('the limit is exactly 1 万亿 yuan', () => {
    expect(MAX_FEN_EXCLUSIVE).toBe(1_0000_0000_0000 * 100)
  })
})

describe('formatYuan', () => {
  it.each([
    [0, '¥0.00'],
    [5, '¥0.05'],
    [50, '¥0.50'],
    [100, '¥1.00'],
    [32504, '¥325.04'],
    [100000, '¥1,000.00'],
    [140950, '¥1,409.50'],
    [10700053, '¥107,000.53'],
    [1200000, '¥12,000.00'],
    [10001000000, '¥100,010,000.00'],
    [MAX_FEN_EXCLUSIVE - 1, '¥999,999,999,999.99'],
  ])('%i fen → %s', (amount, figures) => {
    expect(formatYuan(amount)).toBe(figures)
  })

  it('refuses what moneyInWords refuses', () => {
    expect(() => formatYuan(-1)).toThrow('金额不能为负数')
    expect(() => formatYuan(1.5)).toThrow('金额应为以分为单位的整数')
    expect(() => formatYuan(MAX_FEN_EXCLUSIVE)).toThrow(RangeError)
  })
})
