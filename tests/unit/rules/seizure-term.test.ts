import { describe, expect, it } from 'vitest'
import { computeTerm, extensionProblem, pauseProblem, type TermFacts } from '../../../shared/rules/seizure-term'
import { addWorkingDays, isWorkingDay } from '../../../shared/rules/working-days'

const detention = (decisionDate: string, over: Partial<TermFacts> = {}): TermFacts => ({ kind: 'detention', decisionDate, extensionDays: null, pauses: [], ...over })

describe('the term of a seizure', () => {
  it('ends 30 calendar days after the decision date (the decision day itself not counted)', () => {
    expect(computeTerm(detention('2026-11-02'), '2026-11-23')).toMatchObject({ baseEnd: '2026-12-02', endDate: '2026-12-02', daysLeft: 9, pastEnd: false })
    expect(computeTerm(detention('2026-11-02'), '2026-12-02')).toMatchObject({ daysLeft: 0, pastEnd: false })
    expect(computeTerm(detention('2026-11-02'), '2026-12-03')).toMatchObject({ daysLeft: -1, pastEnd: true })
  })

  it('runs over month ends, year ends and leap days', () => {
    expect(computeTerm(detention('2026-01-31'), '2026-01-31').endDate).toBe('2026-03-02')
    expect(computeTerm(detention('2024-01-31'), '2024-01-31').endDate).toBe('2024-03-01')
    expect(computeTerm(detention('2026-12-15'), '2026-12-15').endDate).toBe('2027-01-14')
    expect(computeTerm(detention('2026-02-28'), '2026-02-28').endDate).toBe('2026-03-30')
  })

  it('adds one extension and the days of closed testing periods, both ends included', () => {
    const f = detention('2026-11-02', { extensionDays: 30, pauses: [{ startDate: '2026-11-05', endDate: '2026-11-09' }] })
    expect(computeTerm(f, '2026-11-23')).toMatchObject({ baseEnd: '2026-12-02', endDate: '2027-01-06', pausedDays: 5, pausedNow: false })
  })

  it('stands still while a testing period is open: no end date, never overdue', () => {
    const f = detention('2026-10-01', { pauses: [{ startDate: '2026-10-20', endDate: null }] })
    expect(computeTerm(f, '2026-12-31')).toMatchObject({ endDate: null, daysLeft: null, pausedNow: true, pastEnd: false, pausedDays: 73 })
  })

  it('gives 先行登记保存 seven working days, over the National Day holiday and its make-up Saturday', () => {
    // 9-29, 9-30, (10-1…10-7 off), 10-8, 10-9, 10-10 (Saturday, a working day), 10-12, 10-13.
    expect(computeTerm({ kind: 'preservation', decisionDate: '2026-09-28', extensionDays: null, pauses: [] }, '2026-09-28')).toMatchObject({
      endDate: '2026-10-13',
      provisional: false,
    })
    // 2027 has no official calendar yet: weekdays only, marked provisional.
    expect(computeTerm({ kind: 'preservation', decisionDate: '2027-03-01', extensionDays: null, pauses: [] }, '2027-03-01')).toMatchObject({
      endDate: '2027-03-10',
      provisional: true,
    })
  })
})

describe('working days', () => {
  it('follows the 2026 arrangement', () => {
    expect(isWorkingDay('2026-10-01')).toEqual({ working: false, known: true })
    expect(isWorkingDay('2026-10-10')).toEqual({ working: true, known: true })
    expect(isWorkingDay('2026-11-23')).toEqual({ working: true, known: true })
    expect(isWorkingDay('2026-11-22')).toEqual({ working: false, known: true })
    expect(addWorkingDays('2026-11-20', 1)).toEqual({ date: '2026-11-23', provisional: false })
  })
})

describe('extensions and pauses', () => {
  const today = '2026-11-23'
  it('allows one extension of at most 30 days, decided within the term, after the party was told', () => {
    const f = detention('2026-11-02')
    expect(extensionProblem(f, 30, '2026-11-20', today)).toBeNull()
    expect(extensionProblem(f, 31, '2026-11-20', today)).toBe('延长期限为1至30日')
    expect(extensionProblem({ ...f, extensionDays: 10 }, 10, '2026-11-20', today)).toBe('期限已延长过一次，不能再次延长')
    expect(extensionProblem(f, 10, '2026-11-24', today)).toBe('告知日期不能晚于今天')
    expect(extensionProblem(detention('2026-10-01'), 10, '2026-10-20', today)).toContain('期限已于 2026-10-31 届满')
    expect(extensionProblem({ ...f, kind: 'preservation' }, 10, '2026-11-20', today)).toContain('先行登记保存不能延长')
  })

  it('refuses pauses that overlap, start before the decision or after the end, or lie in the future', () => {
    const f = detention('2026-11-02', { pauses: [{ startDate: '2026-11-05', endDate: '2026-11-09' }] })
    expect(pauseProblem(f, { startDate: '2026-11-10', endDate: '2026-11-12' }, today)).toBeNull()
    expect(pauseProblem(f, { startDate: '2026-11-09', endDate: '2026-11-12' }, today)).toContain('重叠')
    expect(pauseProblem(f, { startDate: '2026-11-01', endDate: null }, today)).toBe('检测、鉴定期间不能早于决定日期')
    expect(pauseProblem(f, { startDate: '2026-11-24', endDate: null }, today)).toBe('开始日期不能晚于今天')
    expect(pauseProblem(detention('2026-10-01'), { startDate: '2026-11-05', endDate: null }, today)).toContain('期限已于 2026-10-31 届满')
    expect(pauseProblem(detention('2026-11-02', { pauses: [{ startDate: '2026-11-05', endDate: null }] }), { startDate: '2026-11-20', endDate: null }, today)).toContain('尚未结束')
  })
})
