import type { StationFilter } from '../../../../../shared/api/stations'
import { REVIEW_RESULTS, STATION_FORMATS, STATION_STATUSES, type ReviewResult, type StationFormat, type StationStatus } from '../../../../../shared/domain/stations'

// The station list's filter and page in the address (#/stations?unit=…&status=rectifying&result=none&page=2), so
// Back from a station, a reload or a link from the 工作台 shows the same list. Unknown or malformed values are
// dropped, never passed on.

export type StationListParams = Required<Pick<StationFilter, 'query' | 'unit' | 'format' | 'statuses' | 'odr' | 'noReasonReturns' | 'year' | 'result' | 'rectifyOverdue' | 'period'>> & { page: number; pageSize: number }

const SIZES = [20, 50, 100, 200]
const has = <T extends string>(o: Record<T, string>, v: string | null): v is T => v !== null && Object.hasOwn(o, v)
const yesNo = (v: string | null) => (v === '1' ? true : v === '0' ? false : null)
const BASES = { set_up: '设立', revoked: '撤销' } as const
const isDate = (v: string | null): v is string => v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v)
const positive = (v: string | null) => (v && /^\d{1,6}$/.test(v) ? Number(v) : null)

export function readStationParams(p: URLSearchParams, thisYear: number): StationListParams {
  const year = positive(p.get('year'))
  const size = positive(p.get('size'))
  const result = p.get('result')
  const basis = p.get('pb')
  const [pf, pt] = [p.get('pf'), p.get('pt')]
  return {
    query: (p.get('q') ?? '').slice(0, 50),
    unit: (p.get('unit') ?? '').slice(0, 50),
    format: has<StationFormat>(STATION_FORMATS, p.get('format')) ? (p.get('format') as StationFormat) : null,
    statuses: (p.get('status') ?? '').split(',').filter((s): s is StationStatus => has<StationStatus>(STATION_STATUSES, s)),
    odr: yesNo(p.get('odr')),
    noReasonReturns: yesNo(p.get('returns')),
    year: year !== null && year >= 1990 && year <= 2100 ? year : thisYear,
    result: result === 'none' || result === 'any' || has<ReviewResult>(REVIEW_RESULTS, result) ? (result as ReviewResult | 'none' | 'any') : null,
    period: basis !== null && Object.hasOwn(BASES, basis) && isDate(pf) && isDate(pt) ? { basis: basis as keyof typeof BASES, from: pf, to: pt } : null,
    rectifyOverdue: p.get('overdue') === '1',
    page: Math.max(1, positive(p.get('page')) ?? 1),
    pageSize: size !== null && SIZES.includes(size) ? size : 50,
  }
}

export function writeStationParams(f: StationListParams, thisYear: number): URLSearchParams {
  const p = new URLSearchParams()
  const put = (k: string, v: string | null | false) => v && p.set(k, v)
  put('q', f.query)
  put('unit', f.unit)
  put('format', f.format)
  put('status', f.statuses.join(','))
  put('odr', f.odr === null ? null : f.odr ? '1' : '0')
  put('returns', f.noReasonReturns === null ? null : f.noReasonReturns ? '1' : '0')
  put('year', f.year !== thisYear && f.year !== null ? String(f.year) : null)
  put('result', f.result)
  put('overdue', f.rectifyOverdue && '1')
  put('pb', f.period?.basis ?? null)
  put('pf', f.period?.from ?? null)
  put('pt', f.period?.to ?? null)
  put('page', f.page > 1 && String(f.page))
  put('size', f.pageSize !== 50 && String(f.pageSize))
  return p
}

/** What a list opened from 统计 is narrowed to, beyond its filter controls, in words; null when nothing. */
export function stationDrillText(f: StationListParams): string | null {
  const parts = [f.period && `${f.period.from}至${f.period.to}${BASES[f.period.basis]}`, f.result === 'any' && `${f.year}年度参加考核`].filter(Boolean)
  return parts.length > 0 ? parts.join('，') : null
}
