import { describe, expect, it } from 'vitest'
import { formatChineseDate, isIsoDate } from '../../../shared/rules/chinese-date'

describe('formatChineseDate', () => {
  it.each([
    ['2024-01-05', '2024年1月5日'],
    ['2024-10-01', '2024年10月1日'],
    ['2024-12-31', '2024年12月31日'],
    ['2026-03-20', '2026年3月20日'],
    ['2024-02-29', '2024年2月29日'],
    ['2000-02-29', '2000年2月29日'],
    ['1999-11-30', '1999年11月30日'],
  ])('%s → %s', (iso, text) => {
    expect(formatChineseDate(iso)).toBe(text)
  })

  it.each(['2026-02-29', '1900-02-29', '2024-02-30', '2024-04-31', '2024-06-31', '2024-13-01', '2024-00-10', '2024-01-00', '2024-01-32', '0000-01-01'])(
    'refuses the non-existent date %s',
    (iso) => {
      expect(() => formatChineseDate(iso)).toThrow(RangeError)
      expect(() => formatChineseDate(iso)).toThrow(`没有这一天：${iso}`)
    },
  )

  it.each(['', '2024-1-5', '2024/01/05', '2024年1月5日', '20240105', ' 2024-01-05', '2024-01-05 ', '2024-01-05T00:00:00', '24-01-05', '２０２４-01-05'])(
    'refuses the malformed date %j',
    (s) => {
      expect(() => formatChineseDate(s)).toThrow(RangeError)
      expect(() => formatChineseDate(s)).toThrow('日期格式应为 年-月-日，例如 2024-01-05')
    },
  )

  it('refuses a value that is not a string at run time', () => {
    expect(() => formatChineseDate(20240105 as unknown as string)).toThrow(RangeError)
  })
})

describe('isIsoDate', () => {
  it('accepts real dates written YYYY-MM-DD', () => {
    for (const s of ['2024-01-05', '2024-02-29', '2000-02-29', '2026-12-31', '1990-01-01']) expect(isIsoDate(s)).toBe(true)
  })

  it('rejects impossible dates and other shapes', () => {
    for (const s of ['2026-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-1-5', '2024/01/05', '', 'abc', '2024-01-05Z']) {
      expect(isIsoDate(s)).toBe(false)
    }
    expect(isIsoDate(null as unknown as string)).toBe(false)
  })
})
