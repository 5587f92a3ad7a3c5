import { useRef, useState } from 'react'
import { Alert, App as AntApp, Button, Card, Empty, Space, Spin, Typography } from 'antd'
import { PaperClipOutlined } from '@ant-design/icons'
import type { RecordFile } from '../../../../../shared/api/attachments'
import { useLoad } from '../../../api/use-load'
import { ReasonDialog } from '../../../components/ReasonDialog'
import { ACCEPT, blobToBase64, chosenFileProblem, isPdf } from './attachment-files'
import { AttachmentTile } from './AttachmentTile'
import { AttachmentViewer } from './AttachmentViewer'
import { loadOriginal, openInNewTab, type Original } from './original'
import { makeThumbnail } from './thumbnail'

// The photos and scans of a record kept in a table of its own (a destruction batch, a station), in the
// attachment store seizures use; listed, added several at once, opened, removed with a reason (the file stays).
// Each area passes its four operations.

export interface RecordFilesProps {
  title: string
  /** 添加照片或扫描件, 添加照片. */
  addLabel: string
  emptyText: string
  /** What removing means here, for the dialog. */
  removeNote: string
  mayAdd: boolean
  mayRemove: boolean
  /** Reloads when it changes. */
  ownerId: string
  testId: string
  list(): Promise<RecordFile[]>
  add(file: { fileName: string; base64: string; thumbnailBase64: string | null }): Promise<RecordFile>
  get(id: string): Promise<{ fileName: string; mime: string; base64: string }>
  remove(id: string, reason: string): Promise<RecordFile>
}

export function RecordFiles({ title, addLabel, emptyText, removeNote, mayAdd, mayRemove, ownerId, testId, list: listOf, add, get: getOriginal, remove }: RecordFilesProps) {
  const { message } = AntApp.useApp()
  const list = useLoad(listOf, [ownerId])
  const input = useRef<HTMLInputElement>(null)
  const [adding, setAdding] = useState<string | null>(null)
  const [problems, setProblems] = useState<string[]>([])
  const [viewing, setViewing] = useState<Original | null>(null)
  const [removing, setRemoving] = useState<RecordFile | null>(null)

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
        await add({ fileName: file.name, base64, thumbnailBase64 })
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

  const open = async (a: RecordFile) => {
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
          {title}
          {list.data && <Typography.Text type="secondary">（{list.data.length}）</Typography.Text>}
        </Space>
      }
      extra={
        mayAdd && (
          <>
            <Button icon={<PaperClipOutlined />} loading={adding !== null} onClick={() => input.current?.click()}>
              {adding ? `正在添加：${adding}` : addLabel}
            </Button>
            <input
              ref={input}
              type="file"
              data-testid={`${testId}-add`}
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
      {list.data?.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />}
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
        <ReasonDialog<RecordFile>
          title={`移除：${removing.fileName}`}
          intro={<Typography.Paragraph>{removeNote}</Typography.Paragraph>}
          label="移除原因"
          placeholder="例如：照片重复"
          okText="移除"
          danger
          submit={(reason) => remove(removing.id, reason)}
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
