import { describe, expect, it } from 'vitest'
import { readStationParams, writeStationParams, type StationListParams } from '../../../renderer/src/features/stations/list/station-list-params'

// The station list's address: the 工作台's links, a full query read and written back, and bad values dropped.

const YEAR = 2026
const read = (q: string) => readStationParams(new URLSearchParams(q), YEAR)

describe('station list URL state', () => {
  it('reads an empty query as the whole register this year, and writes it back empty', () => {
    expect(read('')).toEqual({ query: '', unit: '', format: null, statuses: [], odr: null, noReasonReturns: null, year: 2026, result: null, rectifyOverdue: false, period: null, page: 1, pageSize: 50 })
    expect(writeStationParams(read(''), YEAR).toString()).toBe('')
  })

  it('reads the 工作台 links and a full query, and writes the same query back', () => {
    expect(read('result=none').result).toBe('none')
    expect(read('overdue=1').rectifyOverdue).toBe(true)
    const q = 'q=%E4%BA%BA%E6%B0%91%E8%B7%AF&unit=%E5%8D%97%E5%B1%B1%E6%89%80&format=market&status=active%2Crectifying&odr=1&returns=0&year=2025&result=fail&overdue=1&pb=set_up&pf=2026-01-01&pt=2026-12-31&page=3&size=100'
    expect(read(q)).toEqual<StationListParams>({ query: '人民路', unit: '南山所', format: 'market', statuses: ['active', 'rectifying'], odr: true, noReasonReturns: false, year: 2025, result: 'fail', rectifyOverdue: true, period: { basis: 'set_up', from: '2026-01-01', to: '2026-12-31' }, page: 3, pageSize: 100 })
    expect(writeStationParams(read(q), YEAR).toString()).toBe(q)
  })

  it('reads 统计\'s drill-down: reviewed in a year, set up or revoked in a period (all three parts, or none)', () => {
    expect(read('result=any&year=2025').result).toBe('any')
    expect(read('pb=revoked&pf=2026-01-01&pt=2026-06-30').period).toEqual({ basis: 'revoked', from: '2026-01-01', to: '2026-06-30' })
    expect(read('pb=revoked&pf=2026-01-01').period).toBeNull()
    expect(read('pb=closed&pf=2026-01-01&pt=2026-06-30').period).toBeNull()
  })

  it('drops what it does not know', () => {
    expect(read('format=casino&status=open,active&result=great&year=1800&page=-2&size=7&odr=maybe')).toEqual(read('status=active'))
  })
})
