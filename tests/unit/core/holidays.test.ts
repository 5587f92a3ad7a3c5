import { afterEach, describe, expect, it } from 'vitest'
import { FakeClock, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addClerk, createSeizure } from '../../support/seizures'
import type { HolidayYearInput } from '../../../shared/api/holidays'

// 设置 → 节假日: a year typed in from the State Council notice, checked, audited, and every cached working-day
// deadline recomputed at once (a 先行登记保存 term running into the new year).

let t: CoreHarness
afterEach(() => t?.dispose())

const Y2027: HolidayYearInput = { year: 2027, off: ['2027-01-01', '2027-01-02', '2027-01-03'], work: [], source: '国办发明电〔2026〕9号', version: 0 }

describe('the holiday calendar', () => {
  it('lists the shipped years, refuses a bad year with nothing written, and takes a new one', async () => {
    t = await setUpCore(undefined, new FakeClock(Date.parse('2026-12-29T02:00:00Z')))
    const years = await t.ok('holidays.list', {})
    expect(years.map((y) => [y.year, y.origin, y.off.length, y.work.length])).toEqual([[2025, 'built_in', 28, 5], [2026, 'built_in', 33, 6]])

    const refusals: [Partial<HolidayYearInput>, string, string][] = [
      [{ off: ['2026-12-31'] }, 'off.0', '不在2027年内'],
      [{ work: ['2027-01-02'] }, 'work.0', '同时列为放假和上班'],
      [{ work: ['2027-01-04'] }, 'work.0', '调休上班日应为周六或周日'],
      [{ off: ['2027-01-01', '2027-01-01'] }, 'off.1', '重复'],
      [{ off: ['2027-02-30'] }, 'off.0', '无效日期'],
      [{ source: '' }, 'source', '请填写通知文号或来源'],
    ]
    for (const [over, field, text] of refusals) {
      const r = await t.call('holidays.save', { ...Y2027, ...over })
      expect(r.ok ? null : r.error.fields?.[field], JSON.stringify(over)).toContain(text)
    }
    expect(await t.ok('holidays.list', {})).toEqual(years)

    const clerk = (await addClerk(t)).client
    expect((await t.call('holidays.save', Y2027, clerk)).ok).toBe(false)
    const saved = await t.ok('holidays.save', Y2027)
    expect(saved).toMatchObject({ year: 2027, origin: 'entered', version: 1, source: '国办发明电〔2026〕9号', updatedByName: '王管理' })
    const stale = await t.call('holidays.save', { ...Y2027, off: ['2027-01-01'] })
    expect(stale.ok ? null : stale.error.code).toBe('CONFLICT')
    const history = await t.ok('audit.history', { recordType: 'holiday_year', recordId: '2027' })
    expect(JSON.stringify(history)).toContain('2027-01-01、2027-01-02、2027-01-03')
  })

  it('recomputes a provisional 先行登记保存 term into a final one when its year is entered', async () => {
    t = await setUpCore(undefined, new FakeClock(Date.parse('2026-12-29T02:00:00Z')))
    const clerk = (await addClerk(t)).client
    // Decided Monday 2026-12-28: 7 working days end on 2027-01-06 counting 1 January as a weekday.
    const s = await createSeizure(t, clerk, { kind: 'preservation', decisionDate: '2026-12-28' })
    expect(s.term).toMatchObject({ endDate: '2027-01-06', provisional: true })
    const listed = async () => (await t.ok('seizures.list', {}, clerk)).rows[0]!.termEnd
    expect(await listed()).toBe('2027-01-06')

    const saved = await t.ok('holidays.save', Y2027)
    expect(saved.recomputed).toBe(1)
    expect((await t.ok('seizures.get', { id: s.id }, clerk)).term).toMatchObject({ endDate: '2027-01-07', provisional: false })
    expect(await listed()).toBe('2027-01-07')
  })
})
