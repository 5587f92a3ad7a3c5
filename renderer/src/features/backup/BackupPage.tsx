import { useState } from 'react'
import { Alert, App as AntApp, Button, Card, Descriptions, Progress, Space, Spin, Typography } from 'antd'
import { CloudUploadOutlined, SafetyCertificateOutlined } from '@ant-design/icons'
import type { BackupCheckReport, BackupInfo } from '../../../../shared/api/backup'
import { returnToLogin, invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { backupTime } from './backup-format'
import { BackupSettingsCard } from './BackupSettingsCard'
import { BackupTable, checkProblems } from './BackupTable'
import { PackageCard } from './PackageCard'
import { RestoreDialog, type RestoreResult } from './RestoreDialog'
import { useBackupProgress } from './use-backup-progress'

// 设置 → 备份与恢复 (admins): where the data lives, back up now, the list of backups with restore, and the
// backup settings.

export function BackupPage() {
  const { message, modal } = AntApp.useApp()
  const { data: state, error, reload, setData } = useLoad(() => invoke('backup.list', {}), [])
  const [creating, setCreating] = useState(false)
  const percent = useBackupProgress(creating)
  const [restoring, setRestoring] = useState<BackupInfo | null>(null)
  const [checking, setChecking] = useState(false)
  const [report, setReport] = useState<BackupCheckReport | null>(null)

  // Each copy again as a restore would check it; the result shows per row and in a line under the buttons.
  const checkAll = async () => {
    setChecking(true)
    try {
      setReport(await invoke('backup.verify', {}))
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err))
    } finally {
      setChecking(false)
    }
  }

  const backUpNow = async () => {
    setCreating(true)
    try {
      const info = await invoke('backup.create', {})
      // The list afresh: the new row, backups the retention rule retired, and whether the second folder failed.
      const next = await invoke('backup.list', {})
      setData(next)
      if (next.lastError) message.warning(`备份完成：${info.fileName}。但${next.lastError}`, 8)
      else message.success(`备份完成：${info.fileName}`)
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err))
      reload() // a failure leaves a lastError to show
    } finally {
      setCreating(false)
    }
  }

  // Core replaced the data and ended every session: say what happened, then back to the login screen the
  // same way an ended session goes there. The modal lives in antd's App holder, so it outlasts this page.
  const restored = (from: BackupInfo, result: RestoreResult) => {
    setRestoring(null)
    const time = backupTime(from.createdAt)
    modal.success({
      title: '数据已恢复',
      content: (
        <div data-testid="restore-done">
          已恢复到 {time} 的备份。恢复前的数据已另存为 <Typography.Text code>{result.safetyCopy}</Typography.Text>。请重新登录。
        </div>
      ),
      okText: '重新登录',
      width: 520,
      keyboard: false,
      afterClose: () => returnToLogin(`数据已恢复到 ${time} 的备份，请重新登录。`),
    })
  }

  if (!state) return error ? <Alert type="error" showIcon title={error} /> : <Spin />

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title="备份">
        <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
          <Descriptions.Item label="数据目录">
            <Typography.Text copyable data-testid="backup-data-dir">
              {state.dataDir}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="说明">
            <Typography.Text type="secondary">
              备份保存在数据目录下的 backups 文件夹（含附件）；每天第一次启动时自动备份一次，升级和恢复之前也会自动备份。
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
        {state.lastError && (
          <Alert type="warning" showIcon title="最近一次备份出错" description={state.lastError} style={{ marginBottom: 12 }} data-testid="backup-last-error" />
        )}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Space align="center" size={16} style={{ width: '100%' }}>
          <Button type="primary" icon={<CloudUploadOutlined />} loading={creating} onClick={() => void backUpNow()} data-testid="backup-now">
            立即备份
          </Button>
          <Button icon={<SafetyCertificateOutlined />} loading={checking} disabled={creating} onClick={() => void checkAll()} data-testid="backup-verify">
            校验全部备份
          </Button>
          {creating && <Progress percent={percent} status="active" style={{ width: 320, margin: 0 }} data-testid="backup-progress" />}
        </Space>
        {report && <CheckSummary report={report} backups={state.backups} />}
      </Card>

      <Card title="备份列表">
        <BackupTable
          backups={state.backups}
          restoreDisabled={creating}
          onRestore={setRestoring}
          checks={report ? new Map(report.backups.map((c) => [c.fileName, c])) : null}
        />
      </Card>

      <PackageCard />

      <BackupSettingsCard settings={state.settings} onSaved={(settings) => setData({ ...state, settings })} onStale={reload} />

      {restoring && <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} onRestored={(r) => restored(restoring, r)} />}
    </Space>
  )
}

/** The last check: all whole, or how many copies cannot be relied on and what is wrong with each. */
function CheckSummary({ report, backups }: { report: BackupCheckReport; backups: BackupInfo[] }) {
  const time = backupTime(report.checkedAt)
  const unusable = report.backups.filter((b) => b.problems.length > 0).length
  const troubled = report.backups.filter((b) => checkProblems(b).length > 0)
  const [type, text] =
    unusable > 0
      ? (['error', `${time} 校验了 ${report.backups.length} 份备份：${unusable} 份已损坏或缺失，不能用于恢复。请尽快立即备份一次。`] as const)
      : troubled.length > 0
        ? (['warning', `${time} 校验了 ${report.backups.length} 份备份：都可用于恢复，但 ${troubled.length} 份在第二位置的副本无法读取或已改动。`] as const)
        : (['success', `${time} 校验了 ${report.backups.length} 份备份：全部完好。`] as const)
  const takenAt = new Map(backups.map((b) => [b.fileName, backupTime(b.createdAt)]))
  const details = troubled.length > 0 && (
    <ul style={{ margin: 0, paddingLeft: 20 }}>
      {troubled.map((b) => (
        <li key={b.fileName}>
          {takenAt.get(b.fileName) ?? b.fileName} 的备份：{checkProblems(b).join('；')}
        </li>
      ))}
    </ul>
  )
  return <Alert type={type} showIcon title={text} description={details || undefined} style={{ marginTop: 12 }} data-testid="backup-check-summary" />
}
