import { describe, expect, it } from 'vitest'
import { chineseNumber } from '../../../shared/rules/chinese-numerals'

describe('Chinese numerals', () => {
  it('write the numbers headings use', () => {
    const cases: [number, string][] = [[1, '一'], [9, '九'], [10, '十'], [11, '十一'], [19, '十九'], [20, '二十'], [21, '二十一'], [100, '一百'], [101, '一百零一'], [110, '一百一十'], [111, '一百一十一'], [1001, '一千零一'], [1010, '一千零一十'], [2026, '二千零二十六']]
    for (const [n, text] of cases) expect(chineseNumber(n), String(n)).toBe(text)
  })
  it('refuses what is not a whole number from 1 to 9999', () => {
    for (const n of [0, -1, 1.5, 10_000, Number.NaN]) expect(() => chineseNumber(n)).toThrow(RangeError)
  })
})
