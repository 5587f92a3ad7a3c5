import type { OpParsed } from '../../../../../shared/api'
import { ITEM_CATEGORIES, OUTCOME_KINDS, SEIZURE_KINDS, SEIZURE_STATUSES } from '../../../../../shared/domain/seizures'
import { dateParam as date, listParam as list, oneOfParam, positiveIntParam as positiveInt, textParam as text } from '../../../components/url-params'

// The list's whole state (filter, sort, page) lives in the URL query, so Back from a record, a bookmark or the
// workbench's “查看全部” link (#/seizures?status=overdue) lands on the same list. Defaults are left out of the
// URL; anything unreadable in it is dropped rather than refused.

export type ListFilter = Omit<OpParsed<'seizures.list'>, 'sort' | 'page' | 'pageSize'>
export type SortField = OpParsed<'seizures.list'>['sort']['field']
export type SortOrder = OpParsed<'seizures.list'>['sort']['order']

export interface ListParams {
  filter: ListFilter
  sort: { field: SortField; order: SortOrder }
  page: number
  pageSize: number
}

export const PAGE_SIZES = [20, 50, 100, 200] as const
export const DEFAULT_PAGE_SIZE = 50
export const DEFAULT_SORT: ListParams['sort'] = { field: 'registerNo', order: 'desc' }
const SORT_FIELDS: readonly SortField[] = ['registerNo', 'decisionDate', 'partyName', 'termEnd', 'valueFen']

export const EMPTY_FILTER: ListFilter = {
  query: '',
  dateFrom: null,
  dateTo: null,
  kinds: [],
  statuses: [],
  category: null,
  unit: '',
  officer: '',
  party: '',
  outcome: null,
  outcomeFrom: null,
  outcomeTo: null,
  createdBy: null,
  includeVoided: false,
}

/** URL keys, short so a link stays readable: #/seizures?q=鞋&status=overdue,holding&page=2. */
const KEY = {
  query: 'q',
  dateFrom: 'from',
  dateTo: 'to',
  kinds: 'kind',
  statuses: 'status',
  category: 'category',
  unit: 'unit',
  officer: 'officer',
  party: 'party',
  outcome: 'outcome',
  outcomeFrom: 'ofrom',
  outcomeTo: 'oto',
  createdBy: 'by',
  includeVoided: 'voided',
  sortField: 'sort',
  sortOrder: 'order',
  page: 'page',
  pageSize: 'size',
} as const

const MAX_TEXT = { query: 50, unit: 50, officer: 20, party: 100 } as const

export function readParams(sp: URLSearchParams): ListParams {
  const field = sp.get(KEY.sortField) as SortField | null
  const size = positiveInt(sp.get(KEY.pageSize))
  const sorted = field !== null && SORT_FIELDS.includes(field)
  return {
    filter: {
      query: text(sp, KEY.query, MAX_TEXT.query),
      dateFrom: date(sp, KEY.dateFrom),
      dateTo: date(sp, KEY.dateTo),
      kinds: list(sp, KEY.kinds, SEIZURE_KINDS),
      statuses: list(sp, KEY.statuses, SEIZURE_STATUSES),
      category: oneOfParam(sp, KEY.category, ITEM_CATEGORIES),
      unit: text(sp, KEY.unit, MAX_TEXT.unit),
      officer: text(sp, KEY.officer, MAX_TEXT.officer),
      party: text(sp, KEY.party, MAX_TEXT.party),
      outcome: oneOfParam(sp, KEY.outcome, OUTCOME_KINDS),
      outcomeFrom: date(sp, KEY.outcomeFrom),
      outcomeTo: date(sp, KEY.outcomeTo),
      createdBy: text(sp, KEY.createdBy, 64) || null,
      includeVoided: sp.get(KEY.includeVoided) === '1',
    },
    sort: sorted ? { field, order: sp.get(KEY.sortOrder) === 'asc' ? 'asc' : 'desc' } : DEFAULT_SORT,
    page: Math.max(1, positiveInt(sp.get(KEY.page))),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  }
}

/** The filter part alone, in a fixed order: also the cache key for loads that ignore sort and page. */
export function filterParams(f: ListFilter): URLSearchParams {
  const sp = new URLSearchParams()
  const put = (key: string, value: string | null) => {
    if (value) sp.set(key, value)
  }
  put(KEY.query, f.query.trim())
  put(KEY.dateFrom, f.dateFrom)
  put(KEY.dateTo, f.dateTo)
  put(KEY.kinds, f.kinds.join(','))
  put(KEY.statuses, f.statuses.join(','))
  put(KEY.category, f.category)
  put(KEY.unit, f.unit.trim())
  put(KEY.officer, f.officer.trim())
  put(KEY.party, f.party.trim())
  put(KEY.outcome, f.outcome)
  put(KEY.outcomeFrom, f.outcome && f.outcomeFrom)
  put(KEY.outcomeTo, f.outcome && f.outcomeTo)
  put(KEY.createdBy, f.createdBy)
  put(KEY.includeVoided, f.includeVoided ? '1' : null)
  return sp
}

export function writeParams(p: ListParams): URLSearchParams {
  const sp = filterParams(p.filter)
  if (p.sort.field !== DEFAULT_SORT.field || p.sort.order !== DEFAULT_SORT.order) {
    sp.set(KEY.sortField, p.sort.field)
    sp.set(KEY.sortOrder, p.sort.order)
  }
  if (p.page > 1) sp.set(KEY.page, String(p.page))
  if (p.pageSize !== DEFAULT_PAGE_SIZE) sp.set(KEY.pageSize, String(p.pageSize))
  return sp
}

/** Whether anything narrows the list (显示已作废 widens it, but 清除筛选 resets it too). */
export const isFiltered = (f: ListFilter): boolean => filterParams(f).size > 0
