import { describe, expect, it } from 'vitest'
import {
  addMonths,
  deadlineText,
  decisionDue,
  DEFAULT_LOWER_FINE_THRESHOLDS,
  lateSurcharge,
  mustPublish,
  paymentDue,
  publicationDue,
  publicityEnd,
  withdrawalDue,
  workingDaysLeft,
  type PublicityFacts,
} from '../../../shared/rules/case-deadlines'
import { addDays, BUILT_IN_CALENDAR, isWorkingDay } from '../../../shared/rules/working-days'

// Every vector counted by hand against the State Council's 2025 and 2026 arrangements (shared/data/cn-holidays.json).

describe('the decision deadline (行政处罚法 Art. 60)', () => {
  const base = { filingDate: '2026-01-05', approvedExtension: false, collectiveExtensionDays: null, pauses: [] }
  it('is 90 days after 立案, 立案 day not counted', () => {
    expect(decisionDue(base, '2026-01-06').date).toBe('2026-04-05')
  })
  it('adds the approved 30 days and a collective extension', () => {
    expect(decisionDue({ ...base, approvedExtension: true }, '2026-01-06').date).toBe('2026-05-05')
    expect(decisionDue({ ...base, approvedExtension: true, collectiveExtensionDays: 15 }, '2026-01-06').date).toBe('2026-05-20')
  })
  it('does not count 中止 or 鉴定 days, both ends included, and stands still while one is open', () => {
    const pauses = [{ startDate: '2026-02-01', endDate: '2026-02-10' }, { startDate: '2026-03-01', endDate: '2026-03-01' }]
    expect(decisionDue({ ...base, pauses }, '2026-03-05')).toMatchObject({ date: '2026-04-16', pausedDays: 11, pausedNow: false })
    expect(decisionDue({ ...base, pauses: [{ startDate: '2026-02-01', endDate: null }] }, '2026-02-03')).toMatchObject({ date: null, pausedDays: 3, pausedNow: true })
  })
})

describe('publication (SAMR Order 45)', () => {
  it('is due 20 working days after the decision, over 国庆 2025 and its 调休 Sunday and Saturday', () => {
    expect(publicationDue('2025-09-26')).toEqual({ date: '2025-10-30', provisional: false })
  })
  it('over 春节 2026 and its two 调休 Saturdays', () => {
    expect(publicationDue('2026-02-12')).toEqual({ date: '2026-03-18', provisional: false })
  })
  it('counts weekdays, marked provisional, in a year without a calendar, and moves when the year is entered', () => {
    expect(publicationDue('2026-12-20')).toEqual({ date: '2027-01-15', provisional: true })
    const with2027 = { ...BUILT_IN_CALENDAR, '2027': { off: ['2027-01-01', '2027-01-02', '2027-01-03'], work: [] } }
    expect(publicationDue('2026-12-20', with2027)).toEqual({ date: '2027-01-18', provisional: false })
  })
  it('is owed by 普通程序 decisions that are not a 警告 alone', () => {
    expect(mustPublish('ordinary', ['warning'])).toBe(false)
    expect(mustPublish('ordinary', ['warning', 'fine'])).toBe(true)
    expect(mustPublish('summary', ['fine'])).toBe(false)
    expect(mustPublish('ordinary', [])).toBe(false)
  })
  it('is withdrawn within 3 working days of a revocation (a 调休 Saturday counts)', () => {
    expect(withdrawalDue('2025-09-30')).toEqual({ date: '2025-10-11', provisional: false })
  })
})

describe('the end of publicity (Art. 13)', () => {
  const f = (over: Partial<PublicityFacts>): PublicityFacts => ({ publishedOn: '2026-11-30', kinds: ['fine'], fineFen: 500_000, naturalPerson: true, thresholds: DEFAULT_LOWER_FINE_THRESHOLDS, restrictionEnd: null, ...over })
  it('is 3 months for a 较低数额罚款, on the month’s last day when the day does not exist', () => {
    expect(publicityEnd(f({}))).toEqual({ date: '2027-02-28', short: true })
    expect(publicityEnd(f({ publishedOn: '2027-11-30' }))).toEqual({ date: '2028-02-29', short: true })
    expect(publicityEnd(f({ kinds: ['criticism'], fineFen: 0 }))).toEqual({ date: '2027-02-28', short: true })
  })
  it('is 3 years otherwise; the threshold itself is not lower (不含本数), and an entity’s is higher', () => {
    expect(publicityEnd(f({ fineFen: 1_000_000 })).short).toBe(false)
    expect(publicityEnd(f({ fineFen: 5_000_000, naturalPerson: false })).short).toBe(true)
    expect(publicityEnd(f({ fineFen: 10_000_000, naturalPerson: false, publishedOn: '2024-02-29' }))).toEqual({ date: '2027-02-28', short: false })
    expect(publicityEnd(f({ kinds: ['fine', 'confiscate_gains'] })).short).toBe(false)
  })
  it('runs to the end of a restriction longer than 3 years', () => {
    expect(publicityEnd(f({ kinds: ['restrict_practice'], restrictionEnd: '2031-06-30' })).date).toBe('2031-06-30')
  })
  it('adds months across year ends', () => {
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28')
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2026-03-15', 36)).toBe('2029-03-15')
  })
})

describe('payment (Art. 67, 72)', () => {
  it('is due 15 days after service', () => {
    expect(paymentDue('2026-02-10')).toBe('2026-02-25')
  })
  it('adds 3% of the fine a day late, exactly in fen, never more than the fine', () => {
    expect(lateSurcharge(1_000_000, '2026-03-01', '2026-03-01')).toEqual({ daysLate: 0, surchargeFen: 0 })
    expect(lateSurcharge(1_000_000, '2026-03-01', '2026-03-11')).toEqual({ daysLate: 10, surchargeFen: 300_000 })
    expect(lateSurcharge(1_000_000, '2026-03-01', '2026-05-01')).toEqual({ daysLate: 61, surchargeFen: 1_000_000 })
    expect(lateSurcharge(333, '2026-03-01', '2026-03-02')).toEqual({ daysLate: 1, surchargeFen: 10 })
  })
})

describe('how a deadline reads', () => {
  it('counts working days left and late around 国庆', () => {
    expect(workingDaysLeft('2025-09-30', '2025-10-09')).toBe(1)
    expect(workingDaysLeft('2025-10-09', '2025-09-30')).toBe(-1)
    expect(workingDaysLeft('2025-10-27', '2025-10-30')).toBe(3)
    expect(workingDaysLeft('2025-10-30', '2025-10-30')).toBe(0)
  })
  it('counts as a day-by-day walk over isWorkingDay would, across years with and without a calendar', () => {
    // A year where one day is in both lists (off wins), beside the shipped 2025 and 2026 and a 2027 unknown.
    const calendar = { ...BUILT_IN_CALENDAR, '2024': { off: ['2024-05-01', '2024-05-04'], work: ['2024-05-04', '2024-05-11'] } }
    const walk = (today: string, due: string) => {
      let n = 0
      const [from, to] = today <= due ? [today, due] : [due, today]
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, calendar).working) n++
      return today <= due ? n : -n
    }
    let seed = 7
    const day = () => addDays('2024-01-01', (seed = (seed * 48271) % 2147483647) % 1461)
    for (let i = 0; i < 400; i++) {
      const [a, b] = [day(), day()]
      expect(workingDaysLeft(a, b, calendar), `${a} → ${b}`).toBe(walk(a, b))
    }
  })
  it('says 剩 / 今日到期 / 已超期', () => {
    expect(deadlineText(2, false)).toBe('剩2天')
    expect(deadlineText(0, true)).toBe('今日到期')
    expect(deadlineText(-3, false)).toBe('已超期3天')
    expect(deadlineText(5, true)).toBe('剩5个工作日')
  })
})
