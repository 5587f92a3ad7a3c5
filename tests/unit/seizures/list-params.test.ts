import { describe, expect, it } from 'vitest'
import { DEFAULT_PAGE_SIZE, DEFAULT_SORT, EMPTY_FILTER, isFiltered, readParams, writeParams, type ListParams } from '../../../renderer/src/features/seizures/list/list-params'

const read = (query: string) => readParams(new URLSearchParams(query))

describe('seizure list URL state', () => {
  it('reads an empty query as the whole register, newest first, 50 a page', () => {
    expect(read('')).toEqual({ filter: EMPTY_FILTER, sort: DEFAULT_SORT, page: 1, pageSize: DEFAULT_PAGE_SIZE })
    expect(writeParams(read('')).toString()).toBe('')
  })

  it('reads the workbench link and a full query', () => {
    expect(read('status=overdue').filter.statuses).toEqual(['overdue'])
    const p = read('q=%E9%9E%8B&from=2026-09-01&to=2026-09-30&kind=detention,sealing&status=overdue&status=holding&category=apparel&unit=城关&officer=张&party=东方&outcome=confiscation&ofrom=2026-01-01&oto=2026-12-31&by=u1&voided=1&sort=termEnd&order=asc&page=3&size=200')
    expect(p).toEqual<ListParams>({
      filter: {
        query: '鞋',
        dateFrom: '2026-09-01',
        dateTo: '2026-09-30',
        kinds: ['detention', 'sealing'],
        statuses: ['overdue', 'holding'],
        category: 'apparel',
        unit: '城关',
        officer: '张',
        party: '东方',
        outcome: 'confiscation',
        outcomeFrom: '2026-01-01',
        outcomeTo: '2026-12-31',
        createdBy: 'u1',
        includeVoided: true,
      },
      sort: { field: 'termEnd', order: 'asc' },
      page: 3,
      pageSize: 200,
    })
  })

  it('round-trips, leaving defaults out', () => {
    const p: ListParams = { filter: { ...EMPTY_FILTER, query: '茅台 白酒', statuses: ['partial'] }, sort: DEFAULT_SORT, page: 2, pageSize: 50 }
    const sp = writeParams(p)
    expect([...sp.keys()]).toEqual(['q', 'status', 'page'])
    expect(readParams(sp)).toEqual(p)
  })

  it('drops what it cannot read instead of failing', () => {
    const p = read('status=overdue,bogus,overdue&kind=x&category=toString&from=2026-02-30&sort=hacked&order=asc&page=-2&size=33')
    expect(p.filter.statuses).toEqual(['overdue'])
    expect(p.filter.kinds).toEqual([])
    expect(p.filter.category).toBeNull()
    expect(p.filter.dateFrom).toBeNull()
    expect(p.sort).toEqual(DEFAULT_SORT)
    expect(p.page).toBe(1)
    expect(p.pageSize).toBe(DEFAULT_PAGE_SIZE)
  })

  it('caps text at what core accepts', () => {
    expect(read(`q=${'鞋'.repeat(80)}`).filter.query).toHaveLength(50)
  })

  it('knows when anything narrows the list', () => {
    expect(isFiltered(EMPTY_FILTER)).toBe(false)
    expect(isFiltered({ ...EMPTY_FILTER, query: '  ' })).toBe(false)
    expect(isFiltered({ ...EMPTY_FILTER, includeVoided: true })).toBe(true)
    expect(isFiltered({ ...EMPTY_FILTER, dateTo: '2026-12-31' })).toBe(true)
  })
})
