import { useState } from 'react'
import { Alert, Button, Card, Flex, Select, Switch, Table, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { ColumnsType } from 'antd/es/table'
import { Link, useNavigate, useSearchParams } from 'react-router'
import type { BatchRow } from '../../../../../shared/api/destruction-types'
import { BATCH_STATUSES, DESTRUCTION_METHODS, type BatchStatus, type DestructionMethod } from '../../../../../shared/domain/destruction'
import { ITEM_CATEGORIES, keysOf, type ItemCategory } from '../../../../../shared/domain/seizures'
import { dateParam, listParam, oneOfParam, textParam } from '../../../components/url-params'
import { StatDrillTag } from '../../../components/StatDrillTag'
import { invoke } from '../../../api/client'
import { useLoad } from '../../../api/use-load'
import { todayText } from '../../../components/today'
import { useCan } from '../../auth/can'
import { BatchStatusTag } from '../BatchStatusTag'
import { kgText, yuanText } from '../destruction-format'
import { FilterLabel, SearchBox } from '../../../components/SearchBox'

// 销毁管理 → 销毁批次: every batch with its status, dates, place, method and totals.

interface Filter {
  statuses: BatchStatus[]
  year: number | null
  query: string
  includeVoided: boolean
  /** From 统计's drill-down (#/destructions/batches?status=executed&efrom=…&eto=…&method=…&category=…&unit=…). */
  executedFrom: string | null
  executedTo: string | null
  method: DestructionMethod | null
  category: ItemCategory | null
  unit: string
  /** From the 工作台's 我的待办: the account that made the batches. */
  createdBy: string | null
}

/** The filter a link from 统计 opens with; unknown values dropped. */
function filterFrom(sp: URLSearchParams): Filter {
  return {
    statuses: listParam(sp, 'status', BATCH_STATUSES),
    year: null,
    query: '',
    includeVoided: false,
    executedFrom: dateParam(sp, 'efrom'),
    executedTo: dateParam(sp, 'eto'),
    method: oneOfParam(sp, 'method', DESTRUCTION_METHODS),
    category: oneOfParam(sp, 'category', ITEM_CATEGORIES),
    unit: textParam(sp, 'unit', 50),
    createdBy: textParam(sp, 'by', 64) || null,
  }
}

function drillText(f: Filter): string | null {
  if (!f.executedFrom && !f.method && !f.category && !f.unit && !f.createdBy) return null
  return [f.createdBy && '我编制的', f.executedFrom && `${f.executedFrom}至${f.executedTo ?? ''}执行销毁`, f.method && DESTRUCTION_METHODS[f.method], f.category && `含${ITEM_CATEGORIES[f.category]}`, f.unit && `${f.unit}查扣的物品`].filter(Boolean).join('，')
}

const STATUS_OPTIONS = keysOf(BATCH_STATUSES).map((k) => ({ value: k, label: BATCH_STATUSES[k] }))
const thisYear = Number(todayText().slice(0, 4))
const YEAR_OPTIONS = Array.from({ length: 8 }, (_v, i) => ({ value: thisYear - i, label: `${thisYear - i}年` }))
const num = { align: 'right' as const }

const COLUMNS: ColumnsType<BatchRow> = [
  { title: '批次号', dataIndex: 'batchNo', width: 120, render: (no: string, r) => <Link to={`/destructions/batches/${r.id}`}>{no}</Link> },
  { title: '状态', dataIndex: 'status', width: 84, render: (s: BatchStatus, r) => <BatchStatusTag status={s} voided={r.voided} /> },
  { title: '计划日期', dataIndex: 'plannedDate', width: 104 },
  { title: '实际日期', dataIndex: 'actualDate', width: 104, render: (d: string | null) => d ?? '' },
  {
    title: '地点',
    dataIndex: 'place',
    minWidth: 160,
    render: (p: string, r) => (
      <>
        {p}
        {r.campaign && <Typography.Text type="secondary"> · {r.campaign}</Typography.Text>}
      </>
    ),
  },
  { title: '方式', dataIndex: 'method', width: 120, render: (m: BatchRow['method']) => DESTRUCTION_METHODS[m] },
  { title: '行数', dataIndex: 'lines', width: 64, ...num },
  { title: '重量(千克)', dataIndex: 'weightG', width: 100, ...num, render: kgText },
  { title: '货值(元)', dataIndex: 'valueFen', width: 110, ...num, render: yuanText },
]

export function BatchListPage() {
  const navigate = useNavigate()
  const can = useCan()
  const [searchParams] = useSearchParams()
  const [filter, setFilter] = useState<Filter>(() => filterFrom(searchParams))
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 })
  const list = useLoad(() => invoke('destruction.batch.list', { ...filter, ...paging }), [JSON.stringify(filter), paging.page, paging.pageSize])
  const change = (patch: Partial<Filter>) => {
    setFilter((f) => ({ ...f, ...patch }))
    setPaging((p) => ({ ...p, page: 1 }))
  }

  return (
    <Flex vertical gap={12} style={{ padding: '12px 24px 24px' }} data-testid="batch-list-page">
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          销毁批次
        </Typography.Title>
        {can('destruction.batch.create') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/destructions/batches/new')} data-testid="batch-new">
            新建批次
          </Button>
        )}
      </Flex>
      <StatDrillTag text={drillText(filter)} onClear={() => change({ executedFrom: null, executedTo: null, method: null, category: null, unit: '', createdBy: null })} />
      <Card size="small">
        <Flex wrap gap={8} align="center">
          <SearchBox testId="batch-search" placeholder="搜索批次号、地点、活动名称…" value={filter.query} onSearch={(query) => change({ query })} style={{ width: 320 }} />
          <Select<BatchStatus[]>
            data-testid="batch-filter-status"
            mode="multiple"
            prefix={<FilterLabel>状态</FilterLabel>}
            placeholder="全部"
            allowClear
            options={STATUS_OPTIONS}
            value={filter.statuses}
            onChange={(statuses) => change({ statuses })}
            style={{ width: 240 }}
          />
          <Select<number>
            data-testid="batch-filter-year"
            prefix={<FilterLabel>年度</FilterLabel>}
            placeholder="全部"
            allowClear
            options={YEAR_OPTIONS}
            value={filter.year ?? undefined}
            onChange={(year) => change({ year: year ?? null })}
            style={{ width: 150 }}
          />
          <Flex align="center" gap={6}>
            <Switch size="small" checked={filter.includeVoided} onChange={(includeVoided) => change({ includeVoided })} aria-label="显示已作废" />
            显示已作废
          </Flex>
        </Flex>
      </Card>
      {list.error && <Alert type="error" showIcon title={list.error} action={<Button size="small" onClick={list.reload}>重试</Button>} />}
      <div style={{ background: '#fff', borderRadius: 4 }}>
        <Table<BatchRow>
          data-testid="batch-table"
          rowKey="id"
          size="small"
          bordered
          loading={!list.data && !list.error}
          dataSource={list.data?.rows ?? []}
          columns={COLUMNS}
          scroll={{ x: 'max-content' }}
          onRow={(r) => ({ onDoubleClick: () => navigate(`/destructions/batches/${r.id}`), style: { cursor: 'pointer' } })}
          pagination={{ current: paging.page, pageSize: paging.pageSize, total: list.data?.total ?? 0, showTotal: (t) => `共 ${t} 个批次`, onChange: (page, pageSize) => setPaging({ page, pageSize }) }}
        />
      </div>
    </Flex>
  )
}
