import { useState } from 'react'
import { Alert, App as AntApp, Button, Card, Flex, List, Space, Typography } from 'antd'
import { DownloadOutlined, EyeOutlined } from '@ant-design/icons'
import type { Batch } from '../../../../../shared/api/destruction-types'
import { DESTRUCTION_DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, type DestructionDocumentKind } from '../../../../../shared/domain/documents'
import { invoke } from '../../../api/client'
import { downloadFile, MIME } from '../../../api/download'
import { DateField } from '../../../components/DateField'
import { todayText } from '../../../components/today'
import { DocxPreview } from '../../documents/DocxPreview'

// The four documents of a batch: previewed in the page, then issued (archived) and downloaded as .docx.

const WHEN: Record<DestructionDocumentKind, string> = {
  destruction_notice: '销毁前发布：日期、地点、物品类别及合计、联系人',
  destruction_list: '按类别分组的物品清单，含小计、合计和签字栏',
  destruction_record: '销毁时间、地点、方式、措施、合计，执行人员、监督人员和见证人签字',
  destruction_approval: '批准后打印；批准前审批意见栏为空白',
}

export function BatchDocuments({ batch }: { batch: Batch }) {
  const { message } = AntApp.useApp()
  const [date, setDate] = useState<string | null>(todayText())
  const [busy, setBusy] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [preview, setPreview] = useState<{ kind: DestructionDocumentKind; base64: string } | null>(null)

  const run = async (kind: DestructionDocumentKind, issue: boolean) => {
    setBusy(`${kind}:${issue}`)
    setProblem(null)
    try {
      const input = { id: batch.id, kind, date: date ?? todayText() }
      if (issue) {
        const file = await invoke('destruction.document.issue', input)
        downloadFile(file, MIME.docx)
        message.success(`已生成并存档：${file.fileName}`)
      } else {
        const file = await invoke('destruction.document.preview', input)
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
      title="销毁文书"
      extra={
        <Space>
          成文日期
          <DateField value={date} onChange={setDate} style={{ width: 150 }} data-testid="batch-doc-date" aria-label="成文日期" />
        </Space>
      }
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="batch-doc-error" closable={{ onClose: () => setProblem(null) }} />}
      <List
        size="small"
        dataSource={[...DESTRUCTION_DOCUMENT_KINDS]}
        renderItem={(kind) => (
          <List.Item
            actions={[
              <Button key="p" icon={<EyeOutlined />} loading={busy === `${kind}:false`} onClick={() => void run(kind, false)} data-testid={`doc-preview-${kind}`}>
                预览
              </Button>,
              <Button key="i" type="primary" icon={<DownloadOutlined />} loading={busy === `${kind}:true`} onClick={() => void run(kind, true)} data-testid={`doc-issue-${kind}`}>
                生成并下载
              </Button>,
            ]}
          >
            <Flex vertical>
              <Typography.Text strong>{DOCUMENT_KIND_LABELS[kind]}</Typography.Text>
              <Typography.Text type="secondary">{WHEN[kind]}</Typography.Text>
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
