import { useRef, useState } from 'react'
import { Alert, App as AntApp, Button, Card, Form, Input, Space, Typography } from 'antd'
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons'
import { MAX_IMPORT_BYTES, RESTORE_CONFIRMATION } from '../../../../shared/api/backup'
import { returnToLogin, invoke } from '../../api/client'
import { downloadFile, MIME } from '../../api/download'
import { blobToBase64 } from '../../api/file-read'
import { FormDialog } from '../../components/FormDialog'
import { fileSize } from './backup-format'

// 数据包: the whole dataset (database and attachments) as one .zip to carry to another PC, and importing one
// here. Importing replaces everything, so it asks for the same typed confirmation as a restore.

export function PackageCard() {
  const { message, modal } = AntApp.useApp()
  const [exporting, setExporting] = useState(false)
  const [chosen, setChosen] = useState<File | null>(null)
  const input = useRef<HTMLInputElement>(null)

  const exportAll = async () => {
    setExporting(true)
    try {
      const pkg = await invoke('backup.export', {})
      downloadFile(pkg, MIME.zip)
      message.success(`已导出数据包 ${pkg.fileName}（${fileSize(pkg.sizeBytes)}）`)
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err))
    } finally {
      setExporting(false)
    }
  }

  const choose = (file: File | undefined) => {
    if (!file) return
    if (file.size > MAX_IMPORT_BYTES) return void message.error(`数据包过大（${fileSize(file.size)}）：网页版最多导入 23 MB，更大的请用桌面版`)
    setChosen(file)
  }

  return (
    <Card title="数据包（换电脑）">
      <Typography.Paragraph type="secondary">
        导出：把全部数据（数据库和照片、扫描件）打包为一个 .zip 文件，拷到另一台电脑后在这里导入。导入会替换那台电脑上的全部数据，原有数据先自动备份。
      </Typography.Paragraph>
      <Space>
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportAll()} data-testid="package-export">
          导出全部数据
        </Button>
        <Button icon={<UploadOutlined />} onClick={() => input.current?.click()} data-testid="package-import">
          导入数据包…
        </Button>
        <input ref={input} type="file" accept=".zip,application/zip" hidden data-testid="package-file" onChange={(e) => (choose(e.target.files?.[0]), (e.target.value = ''))} />
      </Space>
      {chosen && (
        <ImportDialog
          file={chosen}
          onClose={() => setChosen(null)}
          onImported={(r) => {
            setChosen(null)
            modal.success({
              title: '数据已导入',
              content: <div data-testid="import-done">已导入数据包 {chosen.name}。原有数据已另存为 {r.safetyCopy}。请重新登录。</div>,
              okText: '重新登录',
              keyboard: false,
              afterClose: () => returnToLogin('数据已从数据包导入，请重新登录。'),
            })
          }}
        />
      )}
    </Card>
  )
}

function ImportDialog({ file, onClose, onImported }: { file: File; onClose(): void; onImported(r: { safetyCopy: string }): void }) {
  const [form] = Form.useForm<{ confirm: string }>()
  const typed = Form.useWatch('confirm', form)
  return (
    <FormDialog<{ confirm: string }>
      title="导入数据包"
      okText="导入并替换"
      danger
      form={form}
      okDisabled={typed?.trim() !== RESTORE_CONFIRMATION}
      testId="import-dialog"
      submitTestId="import-submit"
      submit={async ({ confirm }) =>
        invoke('backup.import', { fileName: file.name, base64: await blobToBase64(file), confirm: confirm.trim() as typeof RESTORE_CONFIRMATION })
      }
      onDone={onImported}
      onClose={onClose}
    >
      <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`将用 ${file.name}（${fileSize(file.size)}）替换本机全部数据。本机现有数据会先自动备份；导入后所有人须重新登录。`} />
      <Form.Item name="confirm" label={`请输入“${RESTORE_CONFIRMATION}”`} rules={[{ required: true, message: `请输入“${RESTORE_CONFIRMATION}”` }]}>
        <Input autoComplete="off" data-testid="import-confirm" />
      </Form.Item>
    </FormDialog>
  )
}
