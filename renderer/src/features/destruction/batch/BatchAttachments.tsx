import { useRef, useState } from 'react'
import { Alert, App as AntApp, Button, Card, Empty, Space, Spin, Typography } from 'antd'
import { PaperClipOutlined } from '@ant-design/icons'
import type { BatchAttachment } from '../../../../../shared/api/destruction-types'
import { invoke } from '../../../api/client'
import { useLoad } from '../../../api/use-load'
import { ReasonDialog } from '../../../components/ReasonDialog'
import { useCan } from '../../auth/can'
import { ACCEPT, blobToBase64, chosenFileProblem, isPdf } from '../../seizures/attachments/attachment-files'
import { AttachmentTile } from '../../seizures/attachments/AttachmentTile'
import { AttachmentViewer } from '../../seizures/attachments/AttachmentViewer'
import { loadOriginal, openInNewTab, type Original } from '../../seizures/attachments/original'
import { makeThumbnail } from '../../seizures/attachments/thumbnail'

// 现场照片和签字记录扫描件 of a batch, in the attachment store seizures use; newest first. Removing keeps the file.

const getOriginal = (id: string) => invoke('destruction.attachments.get', { id })

export function BatchAttachments({ batchId, readOnly }: { batchId: string; readOnly: boolean }) {
  const { message } = AntApp.useApp()
  const can = useCan()
  const mayAdd = !readOnly && can('destruction.attachments.add')
  const mayRemove = !readOnly && can('destruction.attachments.void')
  const list = useLoad(() => invoke('destruction.attachments.list', { batchId }), [batchId])
  const input = useRef<HTMLInputElement>(null)
  const [adding, setAdding] = useState<string | null>(null)
  const [problems, setProblems] = useState<string[]>([])
  const [viewing, setViewing] = useState<Original | null>(null)
  const [removing, setRemoving] = useState<BatchAttachment | null>(null)

  const addFiles = async (files: File[]) => {
    const refused: string[] = []
    let added = 0
    for (const file of files) {
      setAdding(file.name)
      const problem = chosenFileProblem(file)
      if (problem) {
        refused.push(`${file.name}：${problem}`)
        continue
      }
      try {
        const [base64, thumbnailBase64] = await Promise.all([blobToBase64(file), isPdf(file.type) ? null : makeThumbnail(file)])
        await invoke('destruction.attachments.add', { batchId, fileName: file.name, base64, thumbnailBase64 })
        added++
      } catch (err) {
        refused.push(`${file.name}：${err instanceof Error ? err.message : String(err)}`)
      }
    }
    setAdding(null)
    setProblems(refused)
    if (added > 0) {
      message.success(`已添加 ${added} 个文件`)
      list.reload()
    }
  }

  const open = async (a: BatchAttachment) => {
    try {
      const original = await loadOriginal(a.id, getOriginal)
      if (!(isPdf(original.mime) && openInNewTab(original))) setViewing(original)
    } catch (err) {
      setProblems([`无法打开“${a.fileName}”：${err instanceof Error ? err.message : String(err)}`])
    }
  }

  return (
    <Card
      size="small"
      title={
        <Space>
          <PaperClipOutlined />
          现场照片和签字记录扫描件
          {list.data && <Typography.Text type="secondary">（{list.data.length}）</Typography.Text>}
        </Space>
      }
      extra={
        mayAdd && (
          <>
            <Button icon={<PaperClipOutlined />} loading={adding !== null} onClick={() => input.current?.click()}>
              {adding ? `正在添加：${adding}` : '添加照片或扫描件'}
            </Button>
            <input
              ref={input}
              type="file"
              data-testid="batch-attachment-add"
              accept={ACCEPT}
              multiple
              hidden
              onChange={(e) => {
                void addFiles([...(e.target.files ?? [])])
                e.target.value = ''
              }}
            />
          </>
        )
      }
    >
      {problems.length > 0 && <Alert type="error" showIcon closable={{ onClose: () => setProblems([]) }} title={problems.join('；')} style={{ marginBottom: 12 }} />}
      {list.error && <Alert type="error" showIcon title={list.error} />}
      {!list.data && !list.error && <Spin />}
      {list.data?.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有照片或扫描件" />}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {(list.data ?? []).map((a, i) => (
          <AttachmentTile key={a.id} attachment={a} index={i} opening={false} onOpen={() => void open(a)} onRemove={mayRemove ? () => setRemoving(a) : undefined} />
        ))}
      </div>
      {viewing && (
        <AttachmentViewer
          original={viewing}
          onClose={() => {
            URL.revokeObjectURL(viewing.url)
            setViewing(null)
          }}
        />
      )}
      {removing && (
        <ReasonDialog<BatchAttachment>
          title={`移除：${removing.fileName}`}
          intro={<Typography.Paragraph>移除后不再显示在本批次中；文件仍保留，并记下移除原因、移除人和时间。</Typography.Paragraph>}
          label="移除原因"
          placeholder="例如：照片重复"
          okText="移除"
          danger
          submit={(reason) => invoke('destruction.attachments.void', { id: removing.id, reason })}
          onDone={(removed) => {
            setRemoving(null)
            list.setData((list.data ?? []).filter((a) => a.id !== removed.id))
          }}
          onClose={() => setRemoving(null)}
        />
      )}
    </Card>
  )
}
