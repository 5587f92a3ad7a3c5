import { useState, type CSSProperties } from 'react'
import { Alert, Button, Drawer, Empty, Spin, Table, Tag, Timeline, Typography } from 'antd'
import { HistoryOutlined } from '@ant-design/icons'
import type { AuditEntryView } from '../../../../shared/api/audit'
import type { RecordType } from '../../../../shared/domain/audit'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { formatLocalTime } from '../../../../shared/rules/local-time'

// 修改记录: a record's field-level history from the audit trail, newest first.

interface Props {
  recordType: RecordType
  recordId: string | null
  /** What the drawer's title names, e.g. the account's name. */
  title: string
  size?: 'small' | 'middle'
}

export function RecordHistoryButton({ recordType, recordId, title, size = 'small' }: Props) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button size={size} icon={<HistoryOutlined />} onClick={() => setOpen(true)}>
        修改记录
      </Button>
      <Drawer title={`修改记录：${title}`} open={open} onClose={() => setOpen(false)} size="large" destroyOnHidden>
        {open && <HistoryList recordType={recordType} recordId={recordId} />}
      </Drawer>
    </>
  )
}

function HistoryList({ recordType, recordId }: { recordType: RecordType; recordId: string | null }) {
  const { data, error } = useLoad(() => invoke('audit.history', { recordType, recordId }), [recordType, recordId])
  if (error) return <Alert type="error" showIcon title={error} />
  if (!data) return <Spin />
  if (data.length === 0) return <Empty description="没有修改记录" />
  return (
    <Timeline
      data-testid="record-history"
      items={data.map((e) => ({ key: e.seq, content: <HistoryEntry entry={e} /> }))}
    />
  )
}

export function HistoryEntry({ entry: e }: { entry: AuditEntryView }) {
  return (
    <div className="history-entry">
      <Typography.Text strong>{e.actionLabel}</Typography.Text>{' '}
      <Typography.Text type="secondary">
        {formatLocalTime(e.at, { seconds: true })} · {e.user ? `${e.user.name}（${e.user.login}）` : '（未登录）'}
      </Typography.Text>
      {e.note && (
        <div>
          <Tag>说明</Tag>
          {e.note}
        </div>
      )}
      {e.changes.length > 0 && <ChangesTable changes={e.changes} style={{ marginTop: 6 }} />}
    </div>
  )
}

/** An entry's changed fields: 字段, 原值 (struck through), 新值. */
export function ChangesTable({ changes, style }: { changes: AuditEntryView['changes']; style?: CSSProperties }) {
  return (
    <Table
      size="small"
      style={style}
      pagination={false}
      rowKey="field"
      dataSource={changes}
      columns={[
        { title: '字段', dataIndex: 'label', width: 150 },
        { title: '原值', dataIndex: 'from', render: (v: string) => <Typography.Text delete={v !== '（空）'}>{v}</Typography.Text> },
        { title: '新值', dataIndex: 'to' },
      ]}
    />
  )
}
