import { useEffect, useState } from 'react'
import { Alert, Button, Card, Empty, Flex, Select, Switch, Table, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { ColumnsType } from 'antd/es/table'
import { Link, useNavigate, useSearchParams } from 'react-router'
import type { CampaignRow } from '../../../../shared/api/campaign-types'
import { CAMPAIGN_KINDS, type CampaignKind } from '../../../../shared/domain/campaigns'
import { keysOf } from '../../../../shared/domain/seizures'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { FilterLabel, SearchBox } from '../../components/SearchBox'
import { todayText } from '../../components/today'
import { oneOfParam } from '../../components/url-params'
import { useCan, whoMay } from '../auth/can'
import { CampaignDialog } from './CampaignDialog'
import { CampaignStatusTag } from './campaign-format'

// 专项行动: every campaign (3·15, 铁拳, 专项检查…), newest first, with how many of its units have reported.

interface Filter {
  year: number | null
  kind: CampaignKind | null
  query: string
  includeVoided: boolean
}

const thisYear = Number(todayText().slice(0, 4))
const YEAR_OPTIONS = Array.from({ length: 8 }, (_v, i) => ({ value: thisYear + 1 - i, label: `${thisYear + 1 - i}年` }))
const KIND_OPTIONS = keysOf(CAMPAIGN_KINDS).map((k) => ({ value: k, label: CAMPAIGN_KINDS[k] }))

function yearParam(sp: URLSearchParams): number | null {
  const y = Number(sp.get('year'))
  return Number.isInteger(y) && y >= 1990 && y <= 2100 ? y : null
}

const COLUMNS: ColumnsType<CampaignRow> = [
  { title: '编号', dataIndex: 'campaignNo', width: 120, render: (no: string, r) => <Link to={`/campaigns/${r.id}`}>{no}</Link> },
  { title: '活动名称', dataIndex: 'name', minWidth: 220, render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
  { title: '类型', dataIndex: 'kind', width: 90, render: (k: CampaignKind) => CAMPAIGN_KINDS[k] },
  { title: '活动期间', key: 'period', width: 200, render: (_v, r) => `${r.startDate} 至 ${r.endDate}` },
  { title: '牵头单位', dataIndex: 'leadUnit', width: 150 },
  {
    title: '报送情况',
    key: 'reports',
    width: 110,
    render: (_v, r) => (
      <Typography.Text type={r.submitted < r.units ? undefined : 'success'} title={`${r.units}个参与单位，${r.submitted}个已报送`}>
        {r.submitted}/{r.units}
      </Typography.Text>
    ),
  },
  { title: '报送截止', dataIndex: 'reportDeadline', width: 104, render: (d: string | null) => d ?? '' },
  { title: '状态', key: 'status', width: 84, render: (_v, r) => <CampaignStatusTag status={r.status} voided={r.voided} /> },
]

export function CampaignListPage() {
  const navigate = useNavigate()
  const can = useCan()
  const [searchParams] = useSearchParams()
  const [filter, setFilter] = useState<Filter>(() => ({ year: yearParam(searchParams), kind: oneOfParam(searchParams, 'kind', CAMPAIGN_KINDS), query: '', includeVoided: false }))
  const [creating, setCreating] = useState(false)
  // Opened once the dialog has gone: while it is open its typed facts count as unsaved, and leaving would ask.
  const [created, setCreated] = useState<string | null>(null)
  useEffect(() => {
    if (created) navigate(`/campaigns/${created}`)
  }, [created, navigate])
  const list = useLoad(() => invoke('campaigns.list', filter), [JSON.stringify(filter)])
  const change = (patch: Partial<Filter>) => setFilter((f) => ({ ...f, ...patch }))
  const mayCreate = can('campaigns.create')

  return (
    <Flex vertical gap={12} style={{ padding: '16px 24px 24px' }} data-testid="campaign-list-page">
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          专项行动
        </Typography.Title>
        {mayCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="campaign-new">
            新建专项行动
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Flex wrap gap={8} align="center">
          <SearchBox testId="campaign-search" ariaLabel="搜索专项行动" placeholder="搜索编号、活动名称、牵头单位…" value={filter.query} onSearch={(query) => change({ query })} style={{ width: 320 }} />
          <Select<number>
            data-testid="campaign-filter-year"
            prefix={<FilterLabel>年度</FilterLabel>}
            placeholder="全部"
            allowClear
            options={YEAR_OPTIONS}
            value={filter.year ?? undefined}
            onChange={(year) => change({ year: year ?? null })}
            style={{ width: 150 }}
          />
          <Select<CampaignKind>
            data-testid="campaign-filter-kind"
            prefix={<FilterLabel>类型</FilterLabel>}
            placeholder="全部"
            allowClear
            options={KIND_OPTIONS}
            value={filter.kind ?? undefined}
            onChange={(kind) => change({ kind: kind ?? null })}
            style={{ width: 170 }}
          />
          <Flex align="center" gap={6}>
            <Switch size="small" checked={filter.includeVoided} onChange={(includeVoided) => change({ includeVoided })} aria-label="显示已作废" />
            显示已作废
          </Flex>
        </Flex>
      </Card>
      {list.error && <Alert type="error" showIcon title={list.error} action={<Button size="small" onClick={list.reload}>重试</Button>} />}
      <div style={{ background: '#fff', borderRadius: 4 }}>
        <Table<CampaignRow>
          data-testid="campaign-table"
          rowKey="id"
          size="small"
          bordered
          loading={!list.data && !list.error}
          dataSource={list.data ?? []}
          columns={COLUMNS}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 个专项行动` }}
          locale={{ emptyText: <Empty description={mayCreate ? '还没有专项行动' : `还没有专项行动。专项行动由${whoMay('campaigns.create')}新建。`} /> }}
          onRow={(r) => ({ onDoubleClick: () => navigate(`/campaigns/${r.id}`), style: { cursor: 'pointer' } })}
        />
      </div>
      {creating && (
        <CampaignDialog
          onClose={() => setCreating(false)}
          onDone={(c) => {
            setCreating(false)
            setCreated(c.id)
          }}
        />
      )}
    </Flex>
  )
}
