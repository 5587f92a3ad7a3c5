import { CASE_FIELDS, CASE_STATUSES, PENALTY_KINDS } from '../../../../../shared/domain/cases'
import { dateParam, listParam, oneOfParam, positiveIntParam, textParam } from '../../../components/url-params'
import { CASE_PROCEDURES } from '../../../../../shared/domain/cases'
import { EMPTY_CASE_FILTER, type CaseListFilter } from './CaseFilters'

// The case list's whole state in the URL query, as the register's: Back from a case, a bookmark or the
// 工作台's “查看全部” (#/cases?due=overdue&sort=nextDue) opens the same list. Defaults stay out of the URL.

export type CaseSort = 'caseNo' | 'filingDate' | 'nextDue'

export interface CaseListParams {
  filter: CaseListFilter
  sort: CaseSort
  page: number
  pageSize: number
}

const PAGE_SIZES = [20, 50, 100, 200]
const DEFAULT_PAGE_SIZE = 50
const SORTS = { caseNo: '', filingDate: '', nextDue: '' } satisfies Record<CaseSort, string>
const DUE = { overdue: '', soon: '' }
const BASES = { filing: '立案', decision: '作出处罚决定', publication: '公示', police: '移送公安' }
const TIMINGS = { in_time: '', late: '' }

const KEY = { query: 'q', year: 'year', field: 'field', statuses: 'status', penaltyKind: 'kind', due: 'due', unit: 'unit', officer: 'officer', includeVoided: 'voided', basis: 'pb', periodFrom: 'pf', periodTo: 'pt', procedure: 'proc', timing: 'timing', createdBy: 'by', sort: 'sort', page: 'page', pageSize: 'size' } as const

/** 统计's period (basis, from, to): all three, or none. */
function periodOf(sp: URLSearchParams): CaseListFilter['period'] {
  const basis = oneOfParam(sp, KEY.basis, BASES)
  const from = dateParam(sp, KEY.periodFrom)
  const to = dateParam(sp, KEY.periodTo)
  return basis && from && to ? { basis, from, to } : null
}

/** What a list opened from 统计 is narrowed to, in words; null when it was not. */
export function caseDrillText(f: CaseListFilter): string | null {
  if (!f.period) return null
  const timing = f.timing && (f.period.basis === 'publication' ? (f.timing === 'late' ? '（逾期）' : '（按期）') : f.timing === 'late' ? '（超过办案期限）' : '（在办案期限内）')
  const procedure = f.procedure ? `，${CASE_PROCEDURES[f.procedure]}` : ''
  return `${f.period.from}至${f.period.to}${BASES[f.period.basis]}${timing || ''}${procedure}`
}

export function readCaseParams(sp: URLSearchParams): CaseListParams {
  const year = positiveIntParam(sp.get(KEY.year))
  const size = positiveIntParam(sp.get(KEY.pageSize))
  return {
    filter: {
      query: textParam(sp, KEY.query, 50),
      year: year >= 1990 && year <= 2100 ? year : null,
      field: oneOfParam(sp, KEY.field, CASE_FIELDS),
      statuses: listParam(sp, KEY.statuses, CASE_STATUSES),
      penaltyKind: oneOfParam(sp, KEY.penaltyKind, PENALTY_KINDS),
      due: oneOfParam(sp, KEY.due, DUE),
      unit: textParam(sp, KEY.unit, 50),
      officer: textParam(sp, KEY.officer, 20),
      period: periodOf(sp),
      procedure: oneOfParam(sp, KEY.procedure, CASE_PROCEDURES),
      timing: oneOfParam(sp, KEY.timing, TIMINGS),
      createdBy: textParam(sp, KEY.createdBy, 64) || null,
      includeVoided: sp.get(KEY.includeVoided) === '1',
    },
    sort: oneOfParam(sp, KEY.sort, SORTS) ?? 'caseNo',
    page: Math.max(1, positiveIntParam(sp.get(KEY.page))),
    pageSize: PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE,
  }
}

export function writeCaseParams(p: CaseListParams): URLSearchParams {
  const sp = new URLSearchParams()
  const put = (key: string, value: string | null) => {
    if (value) sp.set(key, value)
  }
  const f = p.filter
  put(KEY.query, f.query.trim())
  put(KEY.year, f.year === null ? null : String(f.year))
  put(KEY.field, f.field)
  put(KEY.statuses, f.statuses.join(','))
  put(KEY.penaltyKind, f.penaltyKind)
  put(KEY.due, f.due)
  put(KEY.unit, f.unit.trim())
  put(KEY.officer, f.officer.trim())
  put(KEY.basis, f.period?.basis ?? null)
  put(KEY.periodFrom, f.period?.from ?? null)
  put(KEY.periodTo, f.period?.to ?? null)
  put(KEY.procedure, f.procedure)
  put(KEY.timing, f.period && f.timing)
  put(KEY.createdBy, f.createdBy)
  put(KEY.includeVoided, f.includeVoided ? '1' : null)
  put(KEY.sort, p.sort === 'caseNo' ? null : p.sort)
  put(KEY.page, p.page > 1 ? String(p.page) : null)
  put(KEY.pageSize, p.pageSize === DEFAULT_PAGE_SIZE ? null : String(p.pageSize))
  return sp
}

/** The 工作台's link to the cases whose next deadline has passed or falls within 5 working days. */
export const dueCasesPath = (due: 'overdue' | 'soon') => `/cases?${writeCaseParams({ filter: { ...EMPTY_CASE_FILTER, due }, sort: 'nextDue', page: 1, pageSize: DEFAULT_PAGE_SIZE })}`
