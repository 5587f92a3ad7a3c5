import { describe, expect, it } from 'vitest'
import { formatLocalClock, formatLocalTime, localDate } from '../../../shared/rules/local-time'

// Times people read are local and Chinese (issue 12: a lockout said 01:46 while the screen said 09:46).

describe('local time', () => {
  const tz = { timeZone: 'Asia/Shanghai' }
  it('writes an instant as 2026年12月2日 08:51 in the office time zone', () => {
    expect(formatLocalTime('2026-12-02T00:51:51.101Z', tz)).toBe('2026年12月2日 08:51')
    expect(formatLocalTime('2026-12-02T00:51:51.101Z', { ...tz, seconds: true })).toBe('2026年12月2日 08:51:51')
    expect(formatLocalTime(new Date('2026-12-31T16:05:00Z'), tz)).toBe('2027年1月1日 00:05')
  })

  it('gives the clock time and the local date', () => {
    expect(formatLocalClock('2026-12-02T01:46:00Z', tz)).toBe('09:46')
    expect(localDate('2026-12-01T16:30:00Z', tz)).toBe('2026-12-02')
    expect(localDate('2026-12-01T15:30:00Z', tz)).toBe('2026-12-01')
  })

  it('refuses what is not a time', () => {
    expect(() => formatLocalTime('not a time')).toThrow(RangeError)
  })
})

describe('file-name stamps', () => {
  it('are the office time, sortable', async () => {
    const { localStamp } = await import('../../../shared/rules/local-time')
    expect(localStamp('2026-11-23T06:05:09Z')).toBe('20261123-140509')
    expect(localStamp(Date.parse('2026-12-31T16:00:00Z'))).toBe('20270101-000000')
  })
})

describe('office days', () => {
  it('begin at 16:00 UTC the day before', async () => {
    const { officeDayStart } = await import('../../../shared/rules/local-time')
    expect(officeDayStart('2026-12-02')).toBe('2026-12-01T16:00:00.000Z')
    expect(officeDayStart('2026-12-31', 1)).toBe('2026-12-31T16:00:00.000Z')
    expect(officeDayStart('2024-03-01', -1)).toBe('2024-02-28T16:00:00.000Z')
  })
})
