import { describe, expect, it } from 'vitest'
import { officeCount, officeMoney, officeTons, roughMoney, wanYuan } from '../../../shared/rules/office-numbers'

// The number style of a county bureau's summaries: 万/亿 with two decimals, 余 for round figures, 吨 from grams,
// 元 → 万元 to two decimals — each boundary and each rounding.

describe('office number style', () => {
  it.each([
    [0, '0件'],
    [351, '351件'],
    [9_999, '9999件'],
    [10_000, '1万件'],
    [25_600, '2.56万件'],
    [25_649, '2.56万件'],
    [25_650, '2.57万件'],
    [120_000_000, '1.2亿件'],
  ])('officeCount(%i) = %s', (n, s) => expect(officeCount(n, '件')).toBe(s))

  it.each([
    [0, '0.00'],
    [128_345_678, '128.35'],
    [128_344_999, '128.34'],
    [4_999, '0.00'],
    [5_000, '0.01'],
    [100_000_000_000, '100000.00'],
  ])('wanYuan(%i fen) = %s', (fen, s) => expect(wanYuan(fen)).toBe(s))

  it.each([
    [800_000, '8000元'],
    [999_999, '9999.99元'],
    [1_000_000, '1万元'],
    [128_350_000, '128.35万元'],
    [12_500_000_000, '1.25亿元'],
  ])('officeMoney(%i fen) = %s', (fen, s) => expect(officeMoney(fen)).toBe(s))

  it.each([
    [3_612_500_000, '3600余万元'],
    [3_600_000_000, '3600万元'],
    [351_200_000, '350余万元'],
    [36_500_000, '36余万元'],
    [36_000_001, '36余万元'],
    [5_000_000, '5万元'],
    [812_345, '8100余元'],
    [800_000, '8000元'],
  ])('roughMoney(%i fen) = %s', (fen, s) => expect(roughMoney(fen)).toBe(s))

  it.each([
    [165_000_000, '165吨'],
    [165_499_999, '165吨'],
    [165_500_000, '166吨'],
    [2_345_000, '2.35吨'],
    [1_000_000, '1吨'],
    [350_000, '350千克'],
    [350_250, '350.25千克'],
    [0, '0千克'],
  ])('officeTons(%i g) = %s', (g, s) => expect(officeTons(g)).toBe(s))

  it('refuses what is not a count, amount or weight', () => {
    for (const f of [officeCount, officeMoney, roughMoney, officeTons, wanYuan]) {
      expect(() => f(-1)).toThrow(RangeError)
      expect(() => f(1.5)).toThrow(RangeError)
    }
  })
})
