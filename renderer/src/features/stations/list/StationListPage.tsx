import { useMemo, useState } from 'react'
import { Alert, App as AntApp, Button, Card, Empty, Flex, Select, Table, Typography, type TableColumnsType } from 'antd'
import { DownloadOutlined, FileTextOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons'
import { useNavigate, useSearchParams } from 'react-router'
import type { StationRow } from '../../../../../shared/api/station-types'
import { REVIEW_RESULTS, STATION_FORMATS, STATION_STATUSES, type StationStatus } from '../../../../../shared/domain/stations'
import { invoke } from '../../../api/client'
import { useLoad } from '../../../api/use-load'
import { downloadFile, MIME } from '../../../api/download'
import { FilterLabel, SearchBox } from '../../../components/SearchBox'
import { useCan } from '../../auth/can'
import { ImportDialog } from '../import/ImportDialog'
import { readStationParams, stationDrillText, writeStationParams, type StationListParams } from './station-list-params'
import { StatDrillTag } from '../../../components/StatDrillTag'
import { StationDocumentsDialog } from './StationDocumentsDialog'
import { ReviewResultTag, StationStatusTag } from '../station-format'

// 服务站: the registry filtered by 所, 业态, state, ODR, no-reason returns and the year's review (未考核 too),
// searched by any part of the name, host, address, head or number; 导出 writes the import's columns; 导入 reads
// an office's sheet; 生成文书 makes the 名录, the 授牌公告 of the ticked stations and the year's 考核结果通报.

const none = <Typography.Text type="secondary">—</Typography.Text>
const thisYear = new Date().getFullYear()
const yesNo = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
]
const bool = (v: string | undefined) => (v === 'yes' ? true : v === 'no' ? false : null)
const shown = (b: boolean | null) => (b === null ? undefined : b ? 'yes' : 'no')

export function StationListPage() {
  const navigate = useNavigate()
  const can = useCan()
  const { message } = AntApp.useApp()
  // The filter and page live in the address (station-list-params.ts): Back, a reload and the 工作台's links keep them.
  const [params, setParams] = useSearchParams()
  const filter = useMemo(() => readStationParams(params, thisYear), [params])
  const setFilter = (change: (f: StationListParams) => StationListParams) => setParams((prev) => writeStationParams(change(readStationParams(prev, thisYear)), thisYear), { replace: true })
  const [importing, setImporting] = useState(false)
  const [documents, setDocuments] = useState(false)
  // Stations ticked for the 授牌公告 (kept across pages).
  const [picked, setPicked] = useState<string[]>([])
  const [banner, setBanner] = useState<string | null>(null)
  const key = JSON.stringify(filter)
  const list = useLoad(() => invoke('stations.list', filter), [key])
  const settings = useLoad(() => invoke('stations.settings.get', {}), [])
  const set = (patch: Partial<typeof filter>) => setFilter((f) => ({ ...f, page: 1, ...patch }))

  const exportXlsx = async () => {
    setBanner(null)
    try {
      const { page: _p, pageSize: _s, ...f } = filter
      const file = await invoke('stations.export', f)
      downloadFile(file, MIME.xlsx)
      message.success(`已导出 ${file.rows} 个服务站：${file.fileName}`)
    } catch (err) {
      setBanner(err instanceof Error ? err.message : String(err))
    }
  }

  const year = list.data?.year ?? filter.year ?? thisYear
  const columns: TableColumnsType<StationRow> = [
    { key: 'no', dataIndex: 'stationNo', title: '编号', width: 116 },
    { key: 'name', dataIndex: 'name', title: '服务站名称', ellipsis: true, render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
    { key: 'host', dataIndex: 'hostName', title: '依托经营者', ellipsis: true, render: (v: string) => v || none },
    { key: 'format', title: '业态', width: 80, render: (_v, r) => STATION_FORMATS[r.format] },
    { key: 'unit', dataIndex: 'unit', title: '监管所', width: 150, ellipsis: true },
    { key: 'head', title: '站长 · 电话', width: 170, render: (_v, r) => [r.head, r.phone].filter(Boolean).join(' · ') || none },
    { key: 'status', title: '状态', width: 110, render: (_v, r) => <StationStatusTag status={r.status} overdue={r.rectifyOverdue} voided={r.voided} /> },
    { key: 'review', title: `${year}年考核`, width: 90, render: (_v, r) => <ReviewResultTag result={r.reviewResult} /> },
  ]

  return (
    <Flex vertical gap={12} style={{ padding: '16px 24px' }} data-testid="station-list">
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Flex align="baseline" gap={16}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            消费维权服务站
          </Typography.Title>
          {list.data && (
            <Typography.Text type="secondary" data-testid="station-count">
              共 <Typography.Text strong>{list.data.total}</Typography.Text> 个
            </Typography.Text>
          )}
        </Flex>
        <Flex gap={8}>
          <Button icon={<DownloadOutlined />} disabled={!list.data || list.data.total === 0} data-testid="station-export" onClick={() => void exportXlsx()}>
            导出Excel
          </Button>
          <Button icon={<FileTextOutlined />} disabled={!list.data || list.data.total === 0} data-testid="station-documents" onClick={() => setDocuments(true)}>
            生成文书{picked.length > 0 ? `（已选 ${picked.length} 个）` : ''}
          </Button>
          {can('stations.import.commit') && (
            <Button icon={<UploadOutlined />} data-testid="station-import" onClick={() => setImporting(true)}>
              导入表格
            </Button>
          )}
          {can('stations.create') && (
            <Button type="primary" icon={<PlusOutlined />} data-testid="station-new" onClick={() => navigate('/stations/new')}>
              登记服务站
            </Button>
          )}
        </Flex>
      </Flex>
      <StatDrillTag text={stationDrillText(filter)} onClear={() => set({ period: null, result: filter.result === 'any' ? null : filter.result })} />
      <Card size="small">
        <Flex gap={12} wrap align="center">
          <SearchBox testId="station-search" placeholder="名称、依托经营者、地址、站长、编号…" value={filter.query ?? ''} onSearch={(query) => set({ query })} style={{ width: 280 }} />
          <FilterLabel>监管所</FilterLabel>
          <Select allowClear placeholder="全部" style={{ width: 170 }} data-testid="station-filter-unit" value={filter.unit || undefined} onChange={(unit) => set({ unit: unit ?? '' })} options={(settings.data?.units ?? []).map((u) => ({ value: u, label: u }))} />
          <FilterLabel>业态</FilterLabel>
          <Select allowClear placeholder="全部" style={{ width: 100 }} value={filter.format ?? undefined} onChange={(format) => set({ format: format ?? null })} options={Object.entries(STATION_FORMATS).map(([value, label]) => ({ value, label }))} />
          <FilterLabel>状态</FilterLabel>
          <Select
            mode="multiple"
            allowClear
            placeholder="全部"
            style={{ minWidth: 120 }}
            data-testid="station-filter-status"
            value={filter.statuses ?? []}
            onChange={(statuses: StationStatus[]) => set({ statuses })}
            options={Object.entries(STATION_STATUSES).map(([value, label]) => ({ value, label }))}
          />
          <FilterLabel>ODR</FilterLabel>
          <Select allowClear placeholder="全部" style={{ width: 76 }} value={shown(filter.odr)} onChange={(v?: string) => set({ odr: bool(v) })} options={yesNo} />
          <FilterLabel>无理由退货</FilterLabel>
          <Select allowClear placeholder="全部" style={{ width: 76 }} value={shown(filter.noReasonReturns)} onChange={(v?: string) => set({ noReasonReturns: bool(v) })} options={yesNo} />
          <FilterLabel>考核</FilterLabel>
          <Select style={{ width: 90 }} value={year} onChange={(y: number) => set({ year: y })} options={Array.from({ length: 8 }, (_, i) => ({ value: thisYear - i, label: `${thisYear - i}年` }))} />
          <Select
            allowClear
            placeholder="全部结果"
            style={{ width: 100 }}
            data-testid="station-filter-result"
            value={filter.result ?? undefined}
            onChange={(result) => set({ result: result ?? null })}
            options={[...Object.entries(REVIEW_RESULTS).map(([value, label]) => ({ value, label })), { value: 'none', label: '未考核' }]}
          />
          <Button type={filter.rectifyOverdue ? 'primary' : 'default'} danger={filter.rectifyOverdue} onClick={() => set({ rectifyOverdue: !filter.rectifyOverdue })} data-testid="station-filter-overdue">
            整改逾期
          </Button>
        </Flex>
      </Card>
      {banner && <Alert type="error" showIcon closable title={banner} onClose={() => setBanner(null)} />}
      {list.error && <Alert type="error" showIcon title={list.error} action={<Button size="small" onClick={list.reload}>重试</Button>} />}
      <Table<StationRow>
        data-testid="station-table"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={list.data?.rows ?? []}
        loading={list.data === null && !list.error}
        locale={{ emptyText: <Empty description={can('stations.create') ? '没有服务站：可以登记或导入表格' : '没有服务站'} /> }}
        rowSelection={{ selectedRowKeys: picked, preserveSelectedRowKeys: true, onChange: (keys) => setPicked(keys as string[]), getCheckboxProps: (r) => ({ disabled: r.voided || r.status === 'revoked' }) }}
        onRow={(r) => ({
          // A tick in the selection column selects; anywhere else on the row opens the station.
          onClick: (ev) => (ev.target as HTMLElement).closest('.ant-table-selection-column') === null && navigate(`/stations/${r.id}`),
          style: { cursor: 'pointer', opacity: r.voided ? 0.55 : 1 },
        })}
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (t) => `共 ${t} 个`,
          onChange: (page, pageSize) => setFilter((f) => ({ ...f, page: pageSize === f.pageSize ? page : 1, pageSize })),
        }}
      />
      {documents && <StationDocumentsDialog units={settings.data?.units ?? []} picked={picked} onClose={() => setDocuments(false)} />}
      {importing && (
        <ImportDialog
          onClose={() => setImporting(false)}
          onImported={() => {
            list.reload()
          }}
        />
      )}
    </Flex>
  )
}
