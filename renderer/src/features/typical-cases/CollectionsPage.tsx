import { useState } from 'react'
import { Alert, Button, Card, Empty, Flex, Select, Table, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useNavigate, useSearchParams } from 'react-router'
import type { CollectionRow } from '../../../../shared/api/typical-types'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { FilterLabel } from '../../components/SearchBox'
import { useCan, whoMay } from '../auth/can'
import { CollectionDialog } from './CollectionDialog'
import { CollectionStatusTag } from './typical-format'

// 典型案例: the office's collections (2025年度行政处罚典型案例, 3·15消费维权典型案例…), newest year first, with how
// many of their cases are drafts, waiting for review and finalised.

const thisYear = new Date().getFullYear()
const YEARS = Array.from({ length: 6 }, (_v, i) => thisYear + 1 - i).map((y) => ({ value: y, label: `${y}年` }))

export function CollectionsPage() {
  const navigate = useNavigate()
  const can = useCan()
  // A year from the address (统计's link: #/typical?year=2026), else every year.
  const [searchParams] = useSearchParams()
  const [year, setYear] = useState<number | null>(() => {
    const y = Number(searchParams.get('year'))
    return Number.isInteger(y) && y >= 1990 && y <= 2100 ? y : null
  })
  const [creating, setCreating] = useState(false)
  const list = useLoad(() => invoke('typical.collections.list', { year }), [year])
  const columns = [
    { key: 'year', title: '年度', width: 80, render: (_v: unknown, r: CollectionRow) => `${r.year}年` },
    { key: 'name', title: '案例集', render: (_v: unknown, r: CollectionRow) => <Typography.Text strong>{r.name}</Typography.Text> },
    { key: 'status', title: '状态', width: 90, render: (_v: unknown, r: CollectionRow) => <CollectionStatusTag status={r.status} /> },
    { key: 'counts', title: '案例（草稿 / 待审核 / 已定稿）', width: 220, render: (_v: unknown, r: CollectionRow) => `${r.counts.draft} / ${r.counts.review} / ${r.counts.final}` },
    { key: 'publishedOn', title: '发布日期', width: 110, render: (_v: unknown, r: CollectionRow) => r.publishedOn ?? '—' },
  ]
  return (
    <Flex vertical gap={12} style={{ padding: '16px 24px' }} data-testid="typical-collections">
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          典型案例
        </Typography.Title>
        {can('typical.collections.create') && (
          <Button type="primary" icon={<PlusOutlined />} data-testid="collection-new" onClick={() => setCreating(true)}>
            新建案例集
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Select<number> prefix={<FilterLabel>年度</FilterLabel>} placeholder="全部" allowClear options={YEARS} value={year ?? undefined} onChange={(y) => setYear(y ?? null)} style={{ width: 140 }} />
      </Card>
      {list.error && <Alert type="error" showIcon title={list.error} />}
      <Table<CollectionRow>
        size="small"
        rowKey="id"
        data-testid="collection-table"
        columns={columns}
        dataSource={list.data ?? []}
        loading={list.data === null && !list.error}
        pagination={false}
        locale={{ emptyText: <Empty description={can('typical.collections.create') ? '还没有典型案例集' : `还没有典型案例集。案例集由${whoMay('typical.collections.create')}新建。`} /> }}
        onRow={(r) => ({ onClick: () => navigate(`/typical/collections/${r.id}`), style: { cursor: 'pointer' } })}
      />
      {creating && <CollectionDialog onClose={() => setCreating(false)} onDone={(id) => navigate(`/typical/collections/${id}`)} />}
    </Flex>
  )
}
