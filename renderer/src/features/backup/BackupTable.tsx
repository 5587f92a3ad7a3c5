import type { HTMLAttributes } from 'react'
import { Button, Table, Tag, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { BACKUP_REASONS, type BackupCheck, type BackupInfo, type BackupReason } from '../../../../shared/api/backup'
import { backupTime, fileSize } from './backup-format'

// The backups in the data folder, newest first, each with what a technician needs to trust it: size, hash,
// the audit chain's head at the time, and whether the second folder got a copy.

const REASON_COLORS: Record<BackupReason, string> = { daily: 'blue', manual: 'green', migration: 'purple', restore: 'orange' }

interface Props {
  backups: BackupInfo[]
  /** Restoring is offered only while no backup is being taken. */
  restoreDisabled: boolean
  onRestore(backup: BackupInfo): void
  /** The last 校验全部备份 by file name; null before one ran on this page. */
  checks: ReadonlyMap<string, BackupCheck> | null
}

const SECOND_COPY_PROBLEMS = { unreachable: '第二位置的副本无法读取（未连接或已删除）', changed: '第二位置的副本已被改动' } as const

/** Everything a check found for one backup, in words: the copy's own problems, then its second copy's. */
export function checkProblems(check: BackupCheck): string[] {
  const second = check.secondCopy === 'unreachable' || check.secondCopy === 'changed' ? [SECOND_COPY_PROBLEMS[check.secondCopy]] : []
  return [...check.problems, ...second]
}

/** The result of checking one backup again, as a tag; what is wrong is in its tooltip and in the summary above. */
function CheckResult({ check }: { check: BackupCheck | undefined }) {
  if (!check) return <Typography.Text type="secondary">—</Typography.Text>
  const problems = checkProblems(check)
  if (problems.length === 0) return <Tag color="success">完好</Tag>
  const unusable = check.problems.length > 0
  return (
    <Tooltip title={problems.join('；')}>
      <Tag color={unusable ? 'error' : 'warning'} data-testid={`backup-check-${check.fileName}`}>
        {unusable ? '不可用' : '需注意'}
      </Tag>
    </Tooltip>
  )
}

export function BackupTable({ backups, restoreDisabled, onRestore, checks }: Props) {
  const rows = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const columns: ColumnsType<BackupInfo> = [
    {
      title: '时间',
      dataIndex: 'createdAt',
      width: 160,
      render: (v: string, b) => <Tooltip title={b.fileName}>{backupTime(v)}</Tooltip>,
    },
    {
      title: '类型',
      dataIndex: 'reason',
      width: 96,
      render: (r: BackupReason) => <Tag color={REASON_COLORS[r]}>{BACKUP_REASONS[r]}</Tag>,
    },
    { title: '大小', dataIndex: 'sizeBytes', width: 96, align: 'right', render: (n: number) => fileSize(n) },
    { title: '附件数', dataIndex: 'attachments', width: 72, align: 'right' },
    {
      title: '第二位置',
      dataIndex: 'secondCopy',
      ellipsis: { showTitle: false },
      render: (p: string | null) =>
        p ? (
          <Tooltip title={p} placement="topLeft">
            <Typography.Text copyable={{ text: p }}>{p}</Typography.Text>
          </Tooltip>
        ) : (
          '—'
        ),
    },
    {
      title: 'SHA-256',
      dataIndex: 'sha256',
      width: 160,
      render: (h: string) => (
        <Tooltip title={<span style={{ wordBreak: 'break-all' }}>{h}</span>}>
          <Typography.Text code copyable={{ text: h, tooltips: ['复制完整 SHA-256', '已复制'] }}>
            {h.slice(0, 12)}
          </Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: '审计链头',
      dataIndex: 'auditHead',
      width: 90,
      align: 'right',
      render: (head: BackupInfo['auditHead']) =>
        head ? (
          <Tooltip title={<span style={{ wordBreak: 'break-all' }}>第 {head.seq} 条，哈希 {head.hash}</span>}>
            <span>{head.seq}</span>
          </Tooltip>
        ) : (
          '—'
        ),
    },
    ...(checks
      ? [
          {
            title: '校验',
            key: 'check',
            width: 96,
            render: (_: unknown, b: BackupInfo) => <CheckResult check={checks.get(b.fileName)} />,
          },
        ]
      : []),
    {
      title: '操作',
      key: 'restore',
      width: 76,
      fixed: 'right',
      render: (_: unknown, b) => (
        <Button size="small" danger disabled={restoreDisabled} onClick={() => onRestore(b)} data-testid={`backup-restore-${b.fileName}`}>
          恢复
        </Button>
      ),
    },
  ]

  return (
    <Table<BackupInfo>
      data-testid="backup-table"
      size="small"
      rowKey="fileName"
      dataSource={rows}
      columns={columns}
      scroll={{ x: checks ? 1000 : 960 }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: '还没有备份。点“立即备份”做第一份。' }}
      onRow={(b) => ({ 'data-testid': `backup-row-${b.fileName}` }) as HTMLAttributes<HTMLElement>}
    />
  )
}
