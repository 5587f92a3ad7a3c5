import { useState } from 'react'
import { Alert, App as AntApp, Button, Card, Flex, List, Space, Typography } from 'antd'
import { DownloadOutlined, EyeOutlined } from '@ant-design/icons'
import type { DocxFile } from '../../../../shared/api/documents'
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../../../shared/domain/documents'
import { downloadFile, MIME } from '../../api/download'
import { DateField } from '../../components/DateField'
import { todayText } from '../../components/today'
import { DocxPreview } from './DocxPreview'

// The documents made from one record (a batch, a case): previewed in the page, then issued (archived) and
// downloaded as .docx, each with a line saying what it is for.

export interface RecordDocumentsProps<K extends DocumentKind> {
  title: string
  kinds: readonly { kind: K; hint: string }[]
  preview(kind: K, date: string): Promise<DocxFile>
  issue(kind: K, date: string): Promise<DocxFile>
  /** testids: `${prefix}-doc-date`, `${prefix}-doc-error`. */
  prefix: string
  /** Hides 生成并下载 from a user who may only read and preview. */
  mayIssue?: boolean
}

export function RecordDocuments<K extends DocumentKind>({ title, kinds, preview: previewOf, issue: issueOf, prefix, mayIssue = true }: RecordDocumentsProps<K>) {
  const { message } = AntApp.useApp()
  const [date, setDate] = useState<string | null>(todayText())
  const [busy, setBusy] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [preview, setPreview] = useState<{ kind: K; base64: string } | null>(null)

  const run = async (kind: K, issue: boolean) => {
    setBusy(`${kind}:${issue}`)
    setProblem(null)
    try {
      const day = date ?? todayText()
      if (issue) {
        const file = await issueOf(kind, day)
        downloadFile(file, MIME.docx)
        message.success(`已生成并存档：${file.fileName}`)
      } else {
        const file = await previewOf(kind, day)
        setPreview({ kind, base64: file.base64 })
      }
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(null)
    }
  }

  return (
    <Card
      size="small"
      title={title}
      extra={
        <Space>
          成文日期
          <DateField value={date} onChange={setDate} style={{ width: 150 }} data-testid={`${prefix}-doc-date`} aria-label="成文日期" />
        </Space>
      }
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid={`${prefix}-doc-error`} closable={{ onClose: () => setProblem(null) }} />}
      <List
        size="small"
        dataSource={kinds.map((k) => k.kind)}
        renderItem={(kind) => (
          <List.Item
            actions={[
              <Button key="p" icon={<EyeOutlined />} loading={busy === `${kind}:false`} onClick={() => void run(kind, false)} data-testid={`doc-preview-${kind}`}>
                预览
              </Button>,
              ...(mayIssue
                ? [<Button key="i" type="primary" icon={<DownloadOutlined />} loading={busy === `${kind}:true`} onClick={() => void run(kind, true)} data-testid={`doc-issue-${kind}`}>
                生成并下载
              </Button>]
                : []),
            ]}
          >
            <Flex vertical>
              <Typography.Text strong>{DOCUMENT_KIND_LABELS[kind]}</Typography.Text>
              <Typography.Text type="secondary">{kinds.find((k) => k.kind === kind)?.hint}</Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      {preview && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text strong>{DOCUMENT_KIND_LABELS[preview.kind]}</Typography.Text>
          <DocxPreview base64={preview.base64} loading={busy === `${preview.kind}:false`} fit />
        </div>
      )}
    </Card>
  )
}
