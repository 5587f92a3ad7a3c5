import { CASE_FIELDS, CASE_STATUSES, PENALTY_KINDS } from '../../../../../shared/domain/cases'
import { listParam, oneOfParam, positiveIntParam, textParam } from '../../../components/url-params'
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

const KEY = { query: 'q', year: 'year', field: 'field', statuses: 'status', penaltyKind: 'kind', due: 'due', unit: 'unit', officer: 'officer', includeVoided: 'voided', sort: 'sort', page: 'page', pageSize: 'size' } as const

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
  put(KEY.includeVoided, f.includeVoided ? '1' : null)
  put(KEY.sort, p.sort === 'caseNo' ? null : p.sort)
  put(KEY.page, p.page > 1 ? String(p.page) : null)
  put(KEY.pageSize, p.pageSize === DEFAULT_PAGE_SIZE ? null : String(p.pageSize))
  return sp
}

/** The 工作台's link to the cases whose next deadline has passed or falls within 5 working days. */
export const dueCasesPath = (due: 'overdue' | 'soon') => `/cases?${writeCaseParams({ filter: { ...EMPTY_CASE_FILTER, due }, sort: 'nextDue', page: 1, pageSize: DEFAULT_PAGE_SIZE })}`
