import { Descriptions, Table, Tag, Typography } from 'antd'
import type { TablePaginationConfig } from 'antd'
import type { AuditEntryView } from '../../../../shared/api/audit'
import type { AuditAction } from '../../../../shared/domain/audit'
import { ChangesTable } from './RecordHistory'
import { formatLocalTime } from '../../../../shared/rules/local-time'
import { countText } from '../../components/count-text'

// The log's entries, newest first, one page at a time; a row opens to show the field changes.

export const AUDIT_PAGE_SIZE = 50

const ACTION_COLORS: Partial<Record<AuditAction, string>> = {
  create: 'green',
  update: 'blue',
  void: 'red',
  restore: 'purple',
  generate: 'cyan',
  upload: 'cyan',
  login_failed: 'orange',
  lock: 'orange',
  password_reset: 'gold',
}

const userText = (e: AuditEntryView): string => (e.user ? `${e.user.name}（${e.user.login}）` : '未登录')

interface Props {
  entries: AuditEntryView[]
  total: number
  capped: boolean
  page: number
  loading: boolean
  onPage(page: number): void
}

export function AuditTable({ entries, total, capped, page, loading, onPage }: Props) {
  const pagination: TablePaginationConfig = {
    current: page,
    pageSize: AUDIT_PAGE_SIZE,
    total,
    showSizeChanger: false,
    showTotal: (t) => `共 ${countText(t, capped)} 条`,
    onChange: onPage,
  }
  return (
    <Table<AuditEntryView>
      data-testid="audit-table"
      rowKey="seq"
      size="small"
      loading={loading}
      dataSource={entries}
      pagination={pagination}
      locale={{ emptyText: '没有符合条件的审计记录' }}
      expandable={{ expandedRowRender: (e) => <EntryDetails entry={e} /> }}
      columns={[
        { title: '序号', dataIndex: 'seq', width: 72 },
        { title: '时间', dataIndex: 'at', width: 190, render: (at: string) => formatLocalTime(at, { seconds: true }) },
        { title: '用户', key: 'user', width: 150, render: (_: unknown, e) => userText(e) },
        {
          title: '动作',
          dataIndex: 'actionLabel',
          width: 96,
          render: (label: string, e) => <Tag color={ACTION_COLORS[e.action]}>{label}</Tag>,
        },
        { title: '记录类型', dataIndex: 'recordTypeLabel', width: 96 },
        {
          title: '记录',
          key: 'record',
          width: 170,
          ellipsis: true,
          // The record as people know it; the id (full in the expanded row) when it has no name.
          render: (_: unknown, e) =>
            e.recordId === null ? (
              '—'
            ) : e.recordLabel ? (
              <span title={`记录编号 ${e.recordId}`}>{e.recordLabel}</span>
            ) : (
              <Typography.Text code title={e.recordId} copyable={{ text: e.recordId, tooltips: ['复制完整编号', '已复制'] }}>
                …{e.recordId.slice(-8)}
              </Typography.Text>
            ),
        },
        { title: '说明', dataIndex: 'note', ellipsis: true, render: (note: string | null) => note ?? '' },
      ]}
    />
  )
}

function EntryDetails({ entry: e }: { entry: AuditEntryView }) {
  return (
    <div style={{ padding: '4px 8px' }}>
      <Descriptions size="small" column={1} styles={{ label: { width: 90 } }}>
        <Descriptions.Item label="操作">{e.operationLabel}</Descriptions.Item>
        {e.recordId && (
          <Descriptions.Item label="记录编号">
            <Typography.Text copyable>{e.recordId}</Typography.Text>
          </Descriptions.Item>
        )}
        {e.note && <Descriptions.Item label="说明">{e.note}</Descriptions.Item>}
        <Descriptions.Item label="哈希">
          <Typography.Text code copyable style={{ fontSize: 12 }}>
            {e.hash}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      {e.changes.length === 0 ? (
        <Typography.Text type="secondary">没有字段变化</Typography.Text>
      ) : (
        <ChangesTable changes={e.changes} style={{ marginTop: 4, maxWidth: 900 }} />
      )}
    </div>
  )
}
