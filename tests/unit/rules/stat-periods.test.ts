import { describe, expect, it } from 'vitest'
import { monthPeriod, monthsOf, periodText, quarterPeriod, since315, yearBefore, yearOnYear, yearPeriod } from '../../../shared/rules/stat-periods'
import { statChange } from '../../../shared/rules/stat-format'

// 统计's periods: 自上年“3·15”以来 around the day itself, the same period a year earlier across 29 February, the
// months a period touches, the period in words, and 同比 in words.

describe('统计 periods', () => {
  it.each([
    ['2026-12-03', '2026-03-15', '2026-12-03'],
    ['2026-03-16', '2026-03-15', '2026-03-16'],
    // On the day itself and the eve before it: the year that ends there.
    ['2026-03-15', '2025-03-15', '2026-03-14'],
    ['2026-03-14', '2025-03-15', '2026-03-14'],
    ['2026-03-13', '2025-03-15', '2026-03-13'],
    ['2026-01-01', '2025-03-15', '2026-01-01'],
    ['2027-03-15', '2026-03-15', '2027-03-14'],
  ])('since315(%s) = %s … %s', (today, from, to) => expect(since315(today)).toEqual({ from, to }))

  it('takes the same dates a year earlier, 29 February as 28 February, and a February to its last day', () => {
    expect(yearBefore(yearPeriod(2026))).toEqual({ from: '2025-01-01', to: '2025-12-31' })
    expect(yearBefore({ from: '2024-02-29', to: '2024-03-10' })).toEqual({ from: '2023-02-28', to: '2023-03-10' })
    expect(yearBefore({ from: '2024-01-01', to: '2024-02-29' })).toEqual({ from: '2023-01-01', to: '2023-02-28' })
    expect(yearBefore(monthPeriod(2024, 2))).toEqual({ from: '2023-02-01', to: '2023-02-28' })
    // February 2025 against the whole of February 2024, the 29th included.
    expect(yearBefore(monthPeriod(2025, 2))).toEqual({ from: '2024-02-01', to: '2024-02-29' })
    expect(periodText(yearBefore(monthPeriod(2025, 2)))).toBe('2024年2月')
    expect(yearBefore({ from: '2026-12-01', to: '2027-01-31' })).toEqual({ from: '2025-12-01', to: '2026-01-31' })
    expect(yearBefore(since315('2026-12-03'))).toEqual({ from: '2025-03-15', to: '2025-12-03' })
  })

  it('lists the months a period touches, across a year end', () => {
    expect(monthsOf({ from: '2025-12-01', to: '2026-01-31' })).toEqual(['2025-12', '2026-01'])
    expect(monthsOf({ from: '2026-03-15', to: '2026-03-15' })).toEqual(['2026-03'])
    expect(monthsOf(since315('2027-03-15'))).toEqual(['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03'])
    expect(monthsOf(yearPeriod(2026))).toHaveLength(12)
    expect(monthsOf({ from: '2020-01-01', to: '2029-12-31' })).toHaveLength(120)
  })

  it.each([
    [yearPeriod(2026), '2026年'],
    [quarterPeriod(2026, 4), '2026年第四季度'],
    [quarterPeriod(2026, 1), '2026年第一季度'],
    [monthPeriod(2026, 11), '2026年11月'],
    [monthPeriod(2024, 2), '2024年2月'],
    [{ from: '2024-02-01', to: '2024-02-28' }, '2024年2月1日至2024年2月28日'],
    [{ from: '2026-03-15', to: '2026-12-03' }, '2026年3月15日至2026年12月3日'],
    [{ from: '2025-01-01', to: '2026-12-31' }, '2025年1月1日至2026年12月31日'],
    [{ from: '2026-02-01', to: '2026-04-30' }, '2026年2月1日至2026年4月30日'],
  ])('periodText(%o) = %s', (p, text) => expect(periodText(p)).toBe(text))

  it.each([
    [351, 312, '件', '+12.5%'],
    [312, 351, '件', '−11.1%'],
    [100, 100, '件', '持平'],
    [0, 0, '件', '持平'],
    [3, 0, '件', '+3件'],
    [0, 4, '件', '−100.0%'],
    // Half up on the size of the change, up or down alike: ±12.25% → ±12.3%.
    [449, 400, '件', '+12.3%'],
    [351, 400, '件', '−12.3%'],
    // A rise too small to show is still a rise.
    [10_000_001, 10_000_000, '件', '+0.0%'],
    [9_999_999, 10_000_000, '件', '−0.0%'],
    [5, null, '件', ''],
  ])('yearOnYear(%s, %s) = %s', (now, before, unit, text) => expect(yearOnYear(now, before, unit)).toBe(text))

  it('says 同比 against an empty year in the figure’s own words', () => {
    expect(statChange(3, 1, 'count', '起')).toBe('+200.0%')
    expect(statChange(3, 0, 'count', '起')).toBe('+3起')
    expect(statChange(128_345_678, 0, 'fen', '')).toBe('+128.35万元')
    expect(statChange(2_350_000, 0, 'g', '')).toBe('+2.35吨')
    expect(statChange(0, 0, 'count', '件')).toBe('持平')
    expect(statChange(0, 7, 'count', '件')).toBe('−100.0%')
    expect(statChange(12, null, 'count', '件')).toBe('')
    expect(statChange(48, 40, 'days', '')).toBe('+20.0%')
  })
})
