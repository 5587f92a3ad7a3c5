import { useMemo, useState } from 'react'
import { Alert, App as AntApp, Button, Card, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd'
import { DownloadOutlined, PlusOutlined, TrophyOutlined } from '@ant-design/icons'
import { useNavigate, useSearchParams } from 'react-router'
import type { CaseRow } from '../../../../../shared/api/case-types'
import { CASE_FIELDS } from '../../../../../shared/domain/cases'
import { formatYuan } from '../../../../../shared/rules/decimal'
import { invoke } from '../../../api/client'
import { useLoad } from '../../../api/use-load'
import { useCan, whoMay } from '../../auth/can'
import { CaseStatusTag, PublicationTag } from '../case-format'
import { NominateCasesDialog } from '../../typical-cases/NominateCasesDialog'
import { downloadFile, MIME } from '../../../api/download'
import { CaseFilters, EMPTY_CASE_FILTER, isCaseFiltered, type CaseListFilter } from './CaseFilters'
import { StatDrillTag } from '../../../components/StatDrillTag'
import { useSession } from '../../auth/session'
import { caseDrillText, readCaseParams, writeCaseParams, type CaseListParams, type CaseSort as Sort } from './case-list-params'

// 处罚案件: the register, newest first or by the next deadline; the deadline in red once it has passed. The
// filter, sort and page live in the URL (case-list-params.ts); 导出 writes what the filter gives as .xlsx;
// decided cases ticked are nominated as 典型案例 together.

const none = <Typography.Text type="secondary">—</Typography.Text>
const DECIDED = new Set(['decided', 'executed', 'closed'])

const COLUMNS: TableColumnsType<CaseRow> = [
  { key: 'caseNo', dataIndex: 'caseNo', title: '案件编号', width: 116, sorter: true, render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
  { key: 'decisionNo', dataIndex: 'decisionNo', title: '决定书文号', width: 170, render: (v: string) => v || none },
  { key: 'partyName', dataIndex: 'partyName', title: '当事人', width: 170, ellipsis: true },
  { key: 'field', dataIndex: 'field', title: '领域', width: 100, ellipsis: true, render: (v: CaseRow['field']) => CASE_FIELDS[v] },
  { key: 'status', title: '状态', width: 76, render: (_v, r) => <CaseStatusTag status={r.status} voided={r.voided} /> },
  { key: 'filingDate', dataIndex: 'filingDate', title: '立案日期', width: 104, sorter: true },
  { key: 'fine', dataIndex: 'fineFen', title: '罚款（元）', width: 104, align: 'right', render: (v: number) => (v > 0 ? formatYuan(v) : none) },
  {
    key: 'nextDue',
    title: '下一期限',
    width: 140,
    sorter: true,
    render: (_v, r) =>
      r.nextDue && !r.voided ? (
        <span data-testid="case-next-due" title={`${r.nextDue.label}：${r.nextDue.date}`}>
          {r.nextDue.label}
          <br />
          <Typography.Text type={r.nextDue.overdue ? 'danger' : 'secondary'} strong={r.nextDue.overdue}>
            {r.nextDue.text}
          </Typography.Text>
        </span>
      ) : (
        none
      ),
  },
  {
    key: 'publication',
    title: '公示',
    width: 84,
    render: (_v, r) => (
      <span data-testid="case-publication-state">
        <PublicationTag state={r.publicationState} overdue={r.nextDue?.overdue === true && r.nextDue.label.includes('公示')} />
      </span>
    ),
  },
]

export function CaseListPage() {
  const navigate = useNavigate()
  const can = useCan()
  const { message } = AntApp.useApp()
  const { user } = useSession()
  const [searchParams, setSearchParams] = useSearchParams()
  const params = useMemo(() => readCaseParams(searchParams), [searchParams])
  const { filter, sort } = params
  const [resets, setResets] = useState(0)
  const [exporting, setExporting] = useState(false)
  const [banner, setBanner] = useState<string | null>(null)
  // Decided cases ticked for 推选为典型案例 (kept across pages until nominated).
  const [picked, setPicked] = useState<string[]>([])
  const [nominating, setNominating] = useState(false)
  const key = writeCaseParams(params).toString()
  const list = useLoad(() => invoke('cases.list', { ...filter, sort, page: params.page, pageSize: params.pageSize }), [key])
  const suggestions = useLoad(() => invoke('seizures.suggestions', {}), [])

  // From the URL as it is when applied (a debounced search must not undo a click); replace, so Back leaves the list.
  const update = (change: (p: CaseListParams) => CaseListParams) => setSearchParams((prev) => writeCaseParams(change(readCaseParams(prev))), { replace: true })
  const setFilter = (patch: Partial<CaseListFilter>) => update((p) => ({ ...p, filter: { ...p.filter, ...patch }, page: 1 }))
  const setSort = (next: Sort) => update((p) => ({ ...p, sort: next, page: 1 }))
  const setPaging = (page: number, pageSize: number) => update((p) => ({ ...p, page: pageSize === p.pageSize ? page : 1, pageSize }))
  const clear = () => {
    setResets((n) => n + 1)
    update((p) => ({ ...p, filter: EMPTY_CASE_FILTER, page: 1 }))
  }
  const exportXlsx = async () => {
    setExporting(true)
    setBanner(null)
    try {
      const file = await invoke('cases.export', { ...filter, sort })
      downloadFile(file, MIME.xlsx)
      message.success(`已导出 ${file.rows} 件处罚案件：${file.fileName}`)
    } catch (err) {
      setBanner(err instanceof Error ? err.message : String(err))
    } finally {
      setExporting(false)
    }
  }

  const filtered = isCaseFiltered(filter)
  const empty = (
    <Empty
      description={filtered ? '没有符合条件的案件' : can('cases.create') ? '还没有处罚案件' : `还没有处罚案件。处罚案件由${whoMay('cases.create')}立案登记，您可以在这里查看。`}
      style={{ margin: '32px 0' }}
      data-testid="case-empty"
    />
  )

  return (
    <Flex vertical gap={12} style={{ padding: '16px 24px' }} data-testid="case-list">
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Flex align="baseline" gap={16}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            处罚案件
          </Typography.Title>
          {list.data && (
            <Typography.Text type="secondary" data-testid="case-count">
              共 <Typography.Text strong>{list.data.total}</Typography.Text> 件
            </Typography.Text>
          )}
        </Flex>
        <Flex gap={8}>
          {picked.length > 0 && (
            <Button icon={<TrophyOutlined />} data-testid="case-nominate" onClick={() => setNominating(true)}>
              推选为典型案例（{picked.length}）
            </Button>
          )}
          <Button icon={<DownloadOutlined />} loading={exporting} disabled={!list.data || list.data.total === 0} data-testid="case-export" onClick={() => void exportXlsx()}>
            导出Excel
          </Button>
          {can('cases.create') && (
            <Button type="primary" icon={<PlusOutlined />} data-testid="case-new" onClick={() => navigate('/cases/new')}>
              立案登记
            </Button>
          )}
        </Flex>
      </Flex>
      <StatDrillTag
        text={[filter.createdBy && (filter.createdBy === user.id ? '我立案登记的' : '指定账号登记的'), caseDrillText(filter)].filter(Boolean).join('，') || null}
        onClear={() => setFilter({ period: null, procedure: null, timing: null, createdBy: null })}
      />
      <Card size="small">
        <CaseFilters key={resets} filter={filter} onChange={setFilter} onClear={clear} units={suggestions.data?.units ?? []} />
      </Card>
      {banner && <Alert type="error" showIcon closable title={banner} onClose={() => setBanner(null)} />}
      {list.error && <Alert type="error" showIcon title={list.error} action={<Button size="small" onClick={list.reload}>重试</Button>} />}
      <Table<CaseRow>
        data-testid="case-table"
        size="small"
        rowKey="id"
        columns={COLUMNS.map((c) => ({ ...c, sortOrder: c.key === sort ? (c.key === 'filingDate' || c.key === 'caseNo' ? 'descend' : 'ascend') : null, sortDirections: c.key === 'nextDue' ? ['ascend'] : ['descend'] }))}
        dataSource={list.data?.rows ?? []}
        loading={list.data === null && !list.error}
        locale={{ emptyText: empty }}
        rowClassName={(r) => (r.voided ? 'case-row-voided' : '')}
        rowSelection={
          can('typical.nominate')
            ? {
                selectedRowKeys: picked,
                preserveSelectedRowKeys: true,
                onChange: (keys) => setPicked(keys as string[]),
                getCheckboxProps: (r) => ({ disabled: r.voided || !DECIDED.has(r.status), title: DECIDED.has(r.status) ? '选中后可推选为典型案例' : '只有已作出处罚决定的案件可以推选为典型案例' }),
              }
            : undefined
        }
        onRow={(r) => ({
          // A tick in the selection column selects; anywhere else on the row opens the case.
          onClick: (ev) => (ev.target as HTMLElement).closest('.ant-table-selection-column') === null && navigate(`/cases/${r.id}`),
          style: { cursor: 'pointer', opacity: r.voided ? 0.55 : 1 },
        })}
        onChange={(_p, _f, sorter, extra) => {
          if (extra.action !== 'sort') return
          const s = Array.isArray(sorter) ? sorter[0] : sorter
          setSort(s?.order && s.columnKey ? (s.columnKey as Sort) : 'caseNo')
        }}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (t) => `共 ${t} 件`,
          onChange: setPaging,
        }}
      />
      {nominating && (
        <NominateCasesDialog
          caseIds={picked}
          what={`${picked.length}件案件`}
          onClose={() => setNominating(false)}
          onDone={() => {
            setNominating(false)
            setPicked([])
          }}
        />
      )}
    </Flex>
  )
}
