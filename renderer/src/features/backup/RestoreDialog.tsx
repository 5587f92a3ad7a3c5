import { useState } from 'react'
import { Alert, Descriptions, Form, Input, Progress, Tag } from 'antd'
import { BACKUP_REASONS, RESTORE_CONFIRMATION, type BackupInfo } from '../../../../shared/api/backup'
import { invoke } from '../../api/client'
import { FormDialog } from '../../components/FormDialog'
import { backupTime, fileSize } from './backup-format'
import { useBackupProgress } from './use-backup-progress'

interface Values {
  confirm: string
}

export interface RestoreResult {
  restoredFrom: string
  safetyCopy: string
}

interface Props {
  backup: BackupInfo
  onClose(): void
  /** Core has swapped the data and ended every session, this window's too. */
  onRestored(result: RestoreResult): void
}

/**
 * Restoring replaces everything, so the admin types 确认恢复 before the button wakes up (core checks the same
 * word). Core first backs up the current data; that copy's progress shows while the call runs.
 */
export function RestoreDialog({ backup, onClose, onRestored }: Props) {
  const [form] = Form.useForm<Values>()
  const typed = Form.useWatch('confirm', form)
  const [running, setRunning] = useState(false)
  const percent = useBackupProgress(running)

  const submit = async ({ confirm }: Values) => {
    setRunning(true)
    try {
      // What was typed goes to core, which checks the word itself.
      return await invoke('backup.restore', { fileName: backup.fileName, confirm: confirm.trim() as typeof RESTORE_CONFIRMATION })
    } finally {
      setRunning(false)
    }
  }

  return (
    <FormDialog<Values, RestoreResult>
      title="从备份恢复"
      okText="恢复"
      danger
      okDisabled={typed?.trim() !== RESTORE_CONFIRMATION}
      form={form}
      initialValues={{ confirm: '' }}
      submit={submit}
      onDone={onRestored}
      onClose={onClose}
      testId="restore-dialog"
      submitTestId="restore-submit"
      errorTestId="restore-error"
    >
      <Alert
        type="warning"
        showIcon
        title="恢复会用所选备份替换当前全部数据（含附件清单）；当前数据会先自动备份；恢复后所有人须重新登录。"
        style={{ marginBottom: 16 }}
      />
      <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label="备份时间">{backupTime(backup.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="类型">
          <Tag>{BACKUP_REASONS[backup.reason]}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="大小">{fileSize(backup.sizeBytes)}</Descriptions.Item>
        <Descriptions.Item label="附件数">{backup.attachments}</Descriptions.Item>
        <Descriptions.Item label="备份文件">{backup.fileName}</Descriptions.Item>
      </Descriptions>
      <Form.Item
        name="confirm"
        label={`请输入“${RESTORE_CONFIRMATION}”以确认`}
        // Checked on submit only: a half-typed word is not an error, the button just stays off.
        validateTrigger={[]}
        rules={[
          {
            validator: (_, v: string | undefined) =>
              v?.trim() === RESTORE_CONFIRMATION ? Promise.resolve() : Promise.reject(new Error(`请输入“${RESTORE_CONFIRMATION}”以确认`)),
          },
        ]}
      >
        <Input autoFocus maxLength={10} placeholder={RESTORE_CONFIRMATION} data-testid="restore-confirm" disabled={running} />
      </Form.Item>
      {running && (
        <div data-testid="restore-progress">
          正在先备份当前数据，然后恢复…
          <Progress percent={percent} size="small" status="active" />
        </div>
      )}
    </FormDialog>
  )
}
