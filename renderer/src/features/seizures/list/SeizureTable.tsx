import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react'
import { Grid, Table, type GetRef, type TableColumnType, type TablePaginationConfig } from 'antd'
import type { SorterResult } from 'antd/es/table/interface'
import { Link } from 'react-router'
import type { SeizureRow } from '../../../../../shared/api/seizure-types'
import { SEIZURE_KINDS } from '../../../../../shared/domain/seizures'
import { formatYuan } from '../../../../../shared/rules/decimal'
import { countText } from '../../../components/count-text'
import { DEFAULT_SORT, PAGE_SIZES, type ListParams, type SortField } from './list-params'
import { StatusTag } from './StatusTag'
import { TermCell } from './TermCell'
import './seizure-list.css'

// The register itself: one page from core, sorted and paged there. Rows are virtual so a 200-row page scrolls
// smoothly; a click or Enter on a row opens the record.

type Column = TableColumnType<SeizureRow> & { key: string; width?: number }

/** Room for the columns that share what is left (当事人, 物品); below it the table scrolls sideways. */
const FLEX_MIN = 160

/** Fen → “36,000.00”; core sums missing values as 0, so 0 reads as not given. */
const yuan = (fen: number) => (fen === 0 ? '—' : formatYuan(fen))

const ellipsisCell = (text: string): ReactNode => <span title={text}>{text}</span>

function columns(sort: ListParams['sort'], wide: boolean): Column[] {
  const sortable = (field: SortField, directions: ('ascend' | 'descend')[] = ['ascend', 'descend']) => ({
    sorter: true,
    sortDirections: directions,
    sortOrder: sort.field === field ? (sort.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null,
  })
  const all: (Column | false)[] = [
    {
      key: 'registerNo',
      title: '登记号',
      width: 92,
      ...sortable('registerNo', ['descend', 'ascend']),
      // Shows what opens the record; the row itself takes focus and Enter, so Tab stops once per row.
      render: (_, r) => (
        <Link to={`/seizures/${r.id}`} tabIndex={-1} onClick={(e) => e.stopPropagation()}>
          {r.registerNo}
        </Link>
      ),
    },
    { key: 'kind', title: '种类', width: 100, render: (_, r) => SEIZURE_KINDS[r.kind] },
    { key: 'decisionNo', title: '决定书文号', width: wide ? 210 : 192, ellipsis: true, render: (_, r) => ellipsisCell(r.decisionNo) },
    { key: 'decisionDate', title: '决定日期', width: 100, ...sortable('decisionDate', ['descend', 'ascend']), render: (_, r) => r.decisionDate },
    { key: 'partyName', title: '当事人', ellipsis: true, ...sortable('partyName'), render: (_, r) => ellipsisCell(r.partyName) },
    { key: 'items', title: '物品', ellipsis: true, render: (_, r) => ellipsisCell(r.itemSummary) },
    {
      key: 'valueFen',
      title: '货值(元)',
      width: 100,
      align: 'right',
      ...sortable('valueFen', ['descend', 'ascend']),
      render: (_, r) => yuan(r.valueFen),
    },
    // Below 1600 px (a 1366 screen) the unit gives way to the columns a clerk scans; it is still a filter and in the export.
    wide && { key: 'unit', title: '承办单位', width: 150, ellipsis: true, render: (_, r) => ellipsisCell(r.unit) },
    { key: 'status', title: '状态', width: 84, render: (_, r) => <StatusTag status={r.status} kind={r.kind} voided={r.voided} /> },
    { key: 'termEnd', title: '期限', width: wide ? 168 : 124, ...sortable('termEnd'), render: (_, r) => <TermCell row={r} compact={!wide} /> },
  ]
  return all.filter((c): c is Column => c !== false)
}

interface Props {
  rows: SeizureRow[]
  total: number
  /** More match than `total` (the count stops at a bound): the pager offers the pages counted. */
  capped: boolean
  params: ListParams
  loading: boolean
  /** Body height in px (virtual rows need a number). */
  height: number
  empty: ReactNode
  onOpen(row: SeizureRow): void
  onSort(sort: ListParams['sort']): void
  onPage(page: number, pageSize: number): void
}

/** Whether a click was meant for something inside the row, or was the end of selecting text to copy. */
const clickIsForRow = (e: MouseEvent) => !(e.target as HTMLElement).closest('a,button,input') && !window.getSelection()?.toString()

export function SeizureTable({ rows, total, capped, params, loading, height, empty, onOpen, onSort, onPage }: Props) {
  const wide = Grid.useBreakpoint().xxl === true
  const cols = columns(params.sort, wide)
  const scrollX = cols.reduce((sum, c) => sum + (c.width ?? FLEX_MIN), 0)

  // A new page, sort or filter starts at the top, not where the previous page was scrolled to.
  const table = useRef<GetRef<typeof Table<SeizureRow>>>(null)
  const first = rows[0]?.id
  useEffect(() => table.current?.scrollTo({ top: 0 }), [first])

  // One tab stop for the whole list (the row last focused), so Tab moves on to the pager instead of
  // through every row.
  const [active, setActive] = useState(0)
  const tabStop = Math.min(active, rows.length - 1)

  // ↑/↓ between rows. Rows are virtual, so the neighbour may not be in the DOM yet: scroll it in, then focus.
  const focusRow = (index: number) => {
    const target = rows[index]
    const root = table.current?.nativeElement
    if (!target || !root) return
    const find = () => root.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(target.id)}"]`)
    table.current?.scrollTo({ key: target.id, align: 'nearest' })
    const el = find()
    if (el) el.focus()
    else requestAnimationFrame(() => requestAnimationFrame(() => find()?.focus()))
  }

  const pagination: TablePaginationConfig = {
    current: params.page,
    pageSize: params.pageSize,
    total,
    pageSizeOptions: PAGE_SIZES.map(String),
    showSizeChanger: true,
    showQuickJumper: total > params.pageSize * 5,
    showTotal: (t, [from, to]) => `第 ${from}–${to} 条，共 ${countText(t, capped)} 条`,
    onChange: onPage,
  }

  return (
    <Table<SeizureRow>
      ref={table}
      className="seizure-table"
      data-testid="seizure-table"
      size="small"
      rowKey="id"
      virtual
      scroll={{ x: scrollX, y: height }}
      loading={loading}
      dataSource={rows}
      columns={cols}
      pagination={pagination}
      locale={{ emptyText: empty }}
      rowClassName={(r) => (r.voided ? 'seizure-row-voided' : r.overdue ? 'seizure-row-overdue' : '')}
      onRow={(r, index = 0) => ({
        'data-testid': `seizure-row-${r.registerNo}`,
        tabIndex: index === tabStop ? 0 : -1,
        onFocus: () => setActive(index),
        onClick: (e: MouseEvent) => clickIsForRow(e) && onOpen(r),
        onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
          if (e.target !== e.currentTarget) return
          if (e.key === 'Enter') onOpen(r)
          else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault()
            focusRow(index + (e.key === 'ArrowDown' ? 1 : -1))
          }
        },
      })}
      onChange={(_p, _f, sorter, extra) => {
        if (extra.action !== 'sort') return
        const s = sorter as SorterResult<SeizureRow>
        // A third click clears antd's order: back to the register's own order, newest first.
        if (!s.order || typeof s.columnKey !== 'string') onSort(DEFAULT_SORT)
        else onSort({ field: s.columnKey as SortField, order: s.order === 'ascend' ? 'asc' : 'desc' })
      }}
    />
  )
}
