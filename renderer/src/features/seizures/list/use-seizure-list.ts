import { useEffect, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { SeizureRow } from '../../../../../shared/api/seizure-types'
import { invoke } from '../../../api/client'
import { useLoad } from '../../../api/use-load'
import { EMPTY_FILTER, filterParams, readParams, writeParams, type ListFilter, type ListParams } from './list-params'
import { rememberListQuery } from './list-memory'

// The register list's state and data: the state is read from and written to the URL query (list-params.ts);
// the page of rows reloads whenever it changes, the overdue count only when the filter does.

export interface SeizureList {
  params: ListParams
  rows: SeizureRow[]
  total: number
  /** The current query is loading (the previous rows stay on screen meanwhile). */
  loading: boolean
  error: string | null
  /** How many of the filtered records are overdue; null while unknown. */
  overdue: number | null
  setFilter(patch: Partial<ListFilter>): void
  setSort(sort: ListParams['sort']): void
  setPage(page: number, pageSize: number): void
  clearFilter(): void
  reload(): void
}

export function useSeizureList(): SeizureList {
  const [searchParams, setSearchParams] = useSearchParams()
  const params = useMemo(() => readParams(searchParams), [searchParams])
  const key = writeParams(params).toString()
  const filterKey = filterParams(params.filter).toString()
  useEffect(() => rememberListQuery(key ? `?${key}` : ''), [key])

  // From the URL as it is when applied, not as this render saw it: a debounced search landing just after a
  // filter click must not undo the click. Replace, not push: Back leaves the list instead of stepping
  // through every keystroke.
  const update = (change: (p: ListParams) => ListParams) =>
    setSearchParams((prev) => writeParams(change(readParams(prev))), { replace: true })

  // A failure is kept with the query it belongs to, so the next query shows its spinner instead of the old error.
  const list = useLoad(async () => {
    try {
      return { key, page: await invoke('seizures.list', { ...params.filter, sort: params.sort, page: params.page, pageSize: params.pageSize }), error: null }
    } catch (err) {
      return { key, page: null, error: err instanceof Error ? err.message : String(err) }
    }
  }, [key])

  // Voided records are never counted as overdue: they are shown as 已作废, whatever their term says.
  const { statuses } = params.filter
  const overdueLoad = useLoad(async () => {
    const wanted = statuses.length === 0 || statuses.includes('overdue')
    const count = wanted ? (await invoke('seizures.list', { ...params.filter, statuses: ['overdue'], includeVoided: false, pageSize: 10 })).total : 0
    return { filterKey, count }
  }, [filterKey])

  const settled = list.data?.key === key ? list.data : null
  const current = settled?.page ?? null
  // While the next query loads, the last answer stays on screen (no flashing empty table).
  const shown = list.data?.page ?? null

  // A page past the end (rows were voided, or an old link): go to the last page that has rows.
  const lastPage = current && current.total > 0 ? Math.ceil(current.total / params.pageSize) : 1
  const pastEnd = current !== null && current.rows.length === 0 && params.page > lastPage
  useEffect(() => {
    if (pastEnd) setSearchParams((prev) => writeParams({ ...readParams(prev), page: lastPage }), { replace: true })
  }, [pastEnd, lastPage, setSearchParams])

  return {
    params,
    rows: shown?.rows ?? [],
    total: shown?.total ?? 0,
    loading: settled === null,
    error: settled?.error ?? null,
    overdue: overdueLoad.data?.filterKey === filterKey ? overdueLoad.data.count : null,
    setFilter: (patch) => update((p) => ({ ...p, filter: { ...p.filter, ...patch }, page: 1 })),
    setSort: (sort) => update((p) => ({ ...p, sort, page: 1 })),
    setPage: (page, pageSize) => update((p) => ({ ...p, page: pageSize === p.pageSize ? page : 1, pageSize })),
    clearFilter: () => update((p) => ({ ...p, filter: EMPTY_FILTER, page: 1 })),
    reload: () => {
      list.reload()
      overdueLoad.reload()
    },
  }
}
