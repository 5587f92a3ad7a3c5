import { useState } from 'react'
import { Alert, App as AntApp, Button, Card, Empty, Flex, Space, Typography } from 'antd'
import { FileExcelOutlined, InboxOutlined, PlusOutlined } from '@ant-design/icons'
import { useNavigate } from 'react-router'
import { invoke } from '../../../api/client'
import { downloadFile, MIME } from '../../../api/download'
import { useLoad } from '../../../api/use-load'
import { useCan, whoMay } from '../../auth/can'
import { countText } from '../../../components/count-text'
import { isFiltered } from './list-params'
import { StatDrillTag } from '../../../components/StatDrillTag'
import { useSession } from '../../auth/session'
import { OUTCOME_KINDS } from '../../../../../shared/domain/seizures'
import { SeizureFilters } from './SeizureFilters'
import { SeizureTable } from './SeizureTable'
import { useFillHeight } from './use-fill-height'
import { useSeizureList } from './use-seizure-list'

// 查扣登记: the clerk's daily screen. Search and filters narrow the register as they change; the state is in
// the URL (#/seizures?q=鞋&status=overdue&page=2), so Back from a record returns to the same list.

/** The table's header row and pager, measured at size="small"; the rest of the box is rows. */
const TABLE_CHROME_PX = 39 + 56
const MIN_BODY_PX = 200

export function SeizureListPage() {
  const navigate = useNavigate()
  const can = useCan()
  const { message } = AntApp.useApp()
  const list = useSeizureList()
  const { filter } = list.params
  const { user } = useSession()
  const suggestions = useLoad(() => invoke('seizures.suggestions', {}), [])
  const [boxRef, bodyHeight] = useFillHeight<HTMLDivElement>(TABLE_CHROME_PX, MIN_BODY_PX)
  // 清除筛选 remounts the filters, so a half-typed search cannot land after the reset.
  const [resets, setResets] = useState(0)
  const [exporting, setExporting] = useState(false)
  const [banner, setBanner] = useState<string | null>(null)

  const clear = () => {
    setResets((n) => n + 1)
    list.clearFilter()
  }

  const exportXlsx = async () => {
    setExporting(true)
    setBanner(null)
    try {
      const file = await invoke('seizures.export', { ...filter, sort: list.params.sort })
      downloadFile(file, MIME.xlsx)
      message.success(`已导出 ${file.rows} 条查扣登记：${file.fileName}`)
    } catch (err) {
      setBanner(err instanceof Error ? err.message : String(err))
    } finally {
      setExporting(false)
    }
  }

  const filtered = isFiltered(filter)
  // Nothing to say under a spinner or an error banner; otherwise say why the table is empty.
  const empty = list.loading || list.error ? (
    <div style={{ height: 120 }} />
  ) : (
    <Empty
      description={filtered ? '没有符合条件的记录' : can('seizures.create') ? '还没有查扣登记' : `还没有查扣登记。查扣登记由${whoMay('seizures.create')}新建，您可以在这里查看、导出和打印。`}
      style={{ margin: '32px 0' }}
      data-testid="seizure-empty"
    >
      {filtered && (
        <Typography.Text type="secondary">
          试试减少筛选条件，或
          <Button type="link" size="small" onClick={clear} style={{ padding: '0 2px' }}>
            清除筛选
          </Button>
        </Typography.Text>
      )}
    </Empty>
  )

  return (
    <Flex vertical gap={12} style={{ height: '100%', minHeight: 520, padding: '16px 24px', boxSizing: 'border-box' }}>
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Flex align="baseline" gap={16}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            查扣登记
          </Typography.Title>
          <CountLine total={list.total} capped={list.capped} overdue={list.overdue} ready={!list.error && (!list.loading || list.total > 0)} />
        </Flex>
        <Space>
          {can('seizures.create') && (
            <Button type="primary" icon={<PlusOutlined />} data-testid="seizure-new" onClick={() => navigate('/seizures/new')}>
              新建登记
            </Button>
          )}
          <Button icon={<InboxOutlined />} data-testid="seizure-storage" onClick={() => navigate('/seizures/storage')}>
            存放位置
          </Button>
          <Button
            icon={<FileExcelOutlined />}
            data-testid="seizure-export"
            loading={exporting}
            disabled={list.total === 0 && !list.loading}
            title={`按当前筛选导出 ${countText(list.total, list.capped)} 条（不分页）`}
            onClick={() => void exportXlsx()}
          >
            导出 Excel
          </Button>
        </Space>
      </Flex>
      <StatDrillTag
        text={[filter.createdBy && (filter.createdBy === user.id ? '我登记的' : '指定账号登记的'), filter.outcome && `${filter.outcomeFrom ?? ''}至${filter.outcomeTo ?? ''}有${OUTCOME_KINDS[filter.outcome]}的查扣`].filter(Boolean).join('，') || null}
        onClear={() => list.setFilter({ outcome: null, outcomeFrom: null, outcomeTo: null, createdBy: null })}
      />
      <Card size="small">
        <SeizureFilters key={resets} filter={filter} onChange={list.setFilter} onClear={clear} suggestions={suggestions.data} />
      </Card>
      {banner && <Alert type="error" showIcon title={banner} closable onClose={() => setBanner(null)} />}
      {list.error && (
        <Alert
          type="error"
          showIcon
          title={list.error}
          action={
            <Button size="small" onClick={list.reload}>
              重试
            </Button>
          }
        />
      )}
      <div ref={boxRef} style={{ flex: '1 1 0', minHeight: 0, overflow: 'hidden', background: '#fff', borderRadius: 4 }}>
        <SeizureTable
          rows={list.rows}
          total={list.total}
          capped={list.capped}
          params={list.params}
          loading={list.loading}
          height={bodyHeight}
          empty={empty}
          onOpen={(r) => navigate(`/seizures/${r.id}`)}
          onSort={list.setSort}
          onPage={list.setPage}
        />
      </div>
    </Flex>
  )
}

/** “共 123 条，其中已超期 4 条”: the second part only when there are some; “共 1000+ 条” past the count's bound. */
function CountLine({ total, capped, overdue, ready }: { total: number; capped: boolean; overdue: number | null; ready: boolean }) {
  if (!ready) return null
  return (
    <Typography.Text type="secondary" data-testid="seizure-count" title={capped ? '符合条件的记录超过此数，请缩小搜索范围' : undefined}>
      共 <Typography.Text strong>{countText(total, capped)}</Typography.Text> 条
      {overdue !== null && overdue > 0 && (
        <>
          ，其中
          <Typography.Text type="danger" strong>
            已超期 {overdue} 条
          </Typography.Text>
        </>
      )}
    </Typography.Text>
  )
}
