import { useState } from 'react'
import { Alert, App as AntApp, Button, Flex, Select, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd'
import { DownloadOutlined, StopOutlined } from '@ant-design/icons'
import type { ArchivedDocument, DocumentKindInfo } from '../../../../shared/api/documents'
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../../../shared/domain/documents'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { DateRangeFilter } from '../../components/DateRangeFilter'
import { RecordHistoryButton } from '../audit/RecordHistory'
import { useCan } from '../auth/can'
import { kindGroups } from './KindSelect'
import { downloadDocx, errorText } from './docx-file'
import { VoidDocumentModal } from './VoidDocumentModal'
import { formatLocalTime } from '../../../../shared/rules/local-time'
import { FilterLabel, SearchBox } from '../../components/SearchBox'

// 存档: every generated document, exactly as it was generated, with its SHA-256 for checking a copy.
// A wrong document is voided (审核领导), never deleted; voided ones are listed on request.
// The page mounts this tab afresh each time it is opened, so the list is always current. The search box (title,
// 文号, 登记号, 当事人) and the filters (kind, day made, who made it) apply as they change.

const sizeText = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`
const timeText = (t: string): string => formatLocalTime(t)

function StatusTag({ voided }: { voided: ArchivedDocument['voided'] }) {
  if (!voided) return <Tag color="green">有效</Tag>
  return (
    <Tooltip title={`作废原因：${voided.reason}（${voided.byName}，${timeText(voided.at)}）`}>
      <Tag color="red">已作废</Tag>
    </Tooltip>
  )
}

interface Filter {
  query: string
  kind: DocumentKind | null
  dateFrom: string | null
  dateTo: string | null
  createdBy: string | null
  includeVoided: boolean
}

const NO_FILTER: Filter = { query: '', kind: null, dateFrom: null, dateTo: null, createdBy: null, includeVoided: false }
const orBlank = (v: string) => v || '—'

export function ArchiveTab({ kinds }: { kinds: DocumentKindInfo[] }) {
  const { message } = AntApp.useApp()
  const can = useCan()
  const [filter, setFilter] = useState<Filter>(NO_FILTER)
  const patch = (p: Partial<Filter>) => setFilter((f) => ({ ...f, ...p }))
  const includeVoided = filter.includeVoided
  const { data: rows, error, setData: setRows } = useLoad(
    () =>
      invoke('documents.archive.list', {
        includeVoided,
        query: filter.query || undefined,
        kind: filter.kind ?? undefined,
        dateFrom: filter.dateFrom ?? undefined,
        dateTo: filter.dateTo ?? undefined,
        createdBy: filter.createdBy ?? undefined,
      }),
    [filter],
  )
  const creators = useLoad(() => invoke('documents.archive.creators', {}), [])
  const [banner, setBanner] = useState<string | null>(null)
  const [downloading, setDownloading] = useState<string | null>(null)
  const [voiding, setVoiding] = useState<ArchivedDocument | null>(null)

  const download = async (doc: ArchivedDocument) => {
    setDownloading(doc.id)
    setBanner(null)
    try {
      downloadDocx(await invoke('documents.archive.get', { id: doc.id }))
    } catch (err) {
      setBanner(errorText(err))
    } finally {
      setDownloading(null)
    }
  }

  const voided = (doc: ArchivedDocument) => {
    setVoiding(null)
    setRows((rows ?? []).flatMap((r) => (r.id !== doc.id ? [r] : includeVoided ? [doc] : [])))
    message.success(`已作废：${doc.title}`)
  }

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8} align="center">
        <SearchBox testId="archive-search" placeholder="搜索标题、文号、登记号、当事人…" ariaLabel="搜索存档" value={filter.query} onSearch={(query) => patch({ query })} style={{ flex: '1 1 280px', minWidth: 280, maxWidth: 420 }} />
        <Select<DocumentKind>
          data-testid="archive-filter-kind"
          aria-label="文书种类筛选"
          prefix={<FilterLabel>种类</FilterLabel>}
          placeholder="全部"
          allowClear
          options={kindGroups(kinds).map((g) => ({ label: g.area, title: g.area, options: g.kinds.map((k) => ({ value: k.kind, label: k.label })) }))}
          value={filter.kind ?? undefined}
          onChange={(kind) => patch({ kind: kind ?? null })}
          style={{ width: 250 }}
        />
        <DateRangeFilter label="生成日期" from={filter.dateFrom} to={filter.dateTo} onChange={({ from, to }) => patch({ dateFrom: from, dateTo: to })} testId="archive-filter-dates" />
        <Select<string>
          data-testid="archive-filter-creator"
          aria-label="生成人筛选"
          prefix={<FilterLabel>生成人</FilterLabel>}
          placeholder="全部"
          allowClear
          options={(creators.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={filter.createdBy ?? undefined}
          onChange={(createdBy) => patch({ createdBy: createdBy ?? null })}
          style={{ width: 170 }}
        />
        <Space>
          <Switch id="archive-include-voided" size="small" checked={includeVoided} onChange={(v) => patch({ includeVoided: v })} />
          <label htmlFor="archive-include-voided">显示已作废</label>
        </Space>
      </Flex>
      {(banner ?? error) && <Alert type="error" showIcon title={banner ?? error} />}
      <Table<ArchivedDocument>
        data-testid="archive-table"
        rowKey="id"
        size="small"
        loading={rows === null && !error}
        dataSource={rows ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: filter === NO_FILTER ? '还没有生成过文书' : '没有符合条件的文书' }}
        columns={[
          {
            title: '标题',
            dataIndex: 'title',
            render: (title: string, doc) => (
              <>
                <div>{title}</div>
                <Typography.Text type="secondary">{DOCUMENT_KIND_LABELS[doc.kind] ?? doc.kind}</Typography.Text>
              </>
            ),
          },
          { title: '文号', dataIndex: 'documentNo', width: 136, render: orBlank },
          { title: '登记号', dataIndex: 'registerNo', width: 88, render: orBlank },
          { title: '当事人', dataIndex: 'partyName', width: 120, ellipsis: { showTitle: true }, render: orBlank },
          {
            title: '生成',
            key: 'created',
            width: 128,
            render: (_: unknown, doc) => (
              <>
                <div>{timeText(doc.createdAt)}</div>
                <Typography.Text type="secondary">{doc.createdByName}</Typography.Text>
              </>
            ),
          },
          {
            title: 'SHA-256',
            dataIndex: 'sha256',
            width: 100,
            render: (hash: string, doc) => (
              <Typography.Text code copyable={{ text: hash, tooltips: ['复制完整校验值', '已复制'] }} title={`${hash}（${sizeText(doc.sizeBytes)}）`}>
                {hash.slice(0, 8)}
              </Typography.Text>
            ),
          },
          { title: '状态', key: 'status', width: 64, render: (_: unknown, doc) => <StatusTag voided={doc.voided} /> },
          {
            title: '操作',
            key: 'actions',
            width: 190,
            render: (_: unknown, doc) => (
              <Space size={4} wrap>
                <Button size="small" icon={<DownloadOutlined />} loading={downloading === doc.id} onClick={() => void download(doc)}>
                  下载
                </Button>
                <RecordHistoryButton recordType="document" recordId={doc.id} title={doc.title} />
                {!doc.voided && can('documents.archive.void') && (
                  <Button size="small" danger icon={<StopOutlined />} onClick={() => setVoiding(doc)}>
                    作废
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {voiding && <VoidDocumentModal doc={voiding} onClose={() => setVoiding(null)} onVoided={voided} />}
    </Flex>
  )
}
