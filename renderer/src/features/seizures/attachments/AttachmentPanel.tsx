import { useEffect, useRef, useState, type DragEvent } from 'react'
import { Alert, App as AntApp, Button, Card, Empty, Select, Space, Spin, Typography } from 'antd'
import { PaperClipOutlined } from '@ant-design/icons'
import type { Attachment } from '../../../../../shared/api/seizure-types'
import { invoke } from '../../../api/client'
import { useLoad } from '../../../api/use-load'
import { useCan } from '../../auth/can'
import { ACCEPT, isPdf } from './attachment-files'
import { AttachmentTile } from './AttachmentTile'
import { AttachmentViewer } from './AttachmentViewer'
import { loadOriginal, openInNewTab, type Original } from './original'
import { RemoveAttachmentModal } from './RemoveAttachmentModal'
import { useAddAttachments } from './use-add-attachments'

// 照片和扫描件 of a seizure: photos of the goods, scans of signed papers, for the record as a whole or
// for one item line. Grouped 整体 first, then by line; newest first within a group.

export interface AttachmentLine {
  id: string
  lineNo: number
  name: string
}

interface Props {
  seizureId: string
  lines: AttachmentLine[]
  readOnly?: boolean
}

interface Group {
  key: string
  label: string
  /** With their position across all groups: the grid's test ids count in display order. */
  items: { attachment: Attachment; index: number }[]
}

const WHOLE = ''
const lineLabel = (l: AttachmentLine) => `第${l.lineNo}行 ${l.name}`

function groupAttachments(list: Attachment[], lines: AttachmentLine[]): Group[] {
  const known = new Set(lines.map((l) => l.id))
  const groups = [
    { key: WHOLE, label: '整体', of: (a: Attachment) => a.itemId === null },
    ...[...lines].sort((a, b) => a.lineNo - b.lineNo).map((l) => ({ key: l.id, label: lineLabel(l), of: (a: Attachment) => a.itemId === l.id })),
    // A line removed later keeps its photos on record; they are shown apart rather than hidden.
    { key: 'removed', label: '已删除的物品行', of: (a: Attachment) => a.itemId !== null && !known.has(a.itemId) },
  ]
  let index = 0
  return groups
    .map(({ key, label, of }) => ({ key, label, items: list.filter(of).map((attachment) => ({ attachment, index: index++ })) }))
    .filter((g) => g.items.length > 0)
}

export function AttachmentPanel({ seizureId, lines, readOnly = false }: Props) {
  const { message } = AntApp.useApp()
  const can = useCan()
  const mayAdd = !readOnly && can('attachments.add')
  const mayRemove = !readOnly && can('attachments.void')
  const list = useLoad(() => invoke('attachments.list', { seizureId }), [seizureId])
  const [target, setTarget] = useState(WHOLE)
  const lineId = lines.some((l) => l.id === target) ? target : WHOLE
  const input = useRef<HTMLInputElement>(null)
  const adder = useAddAttachments(seizureId, (count) => {
    message.success(`已添加 ${count} 个文件`)
    list.reload()
  })
  const [openingId, setOpeningId] = useState<string | null>(null)
  const [openError, setOpenError] = useState<string | null>(null)
  const [viewing, setViewing] = useState<Original | null>(null)
  const [removing, setRemoving] = useState<Attachment | null>(null)

  // PDFs opened in their own tab keep their blob: URL (the viewer's save and print read it again) until
  // the panel goes away.
  const tabUrls = useRef<string[]>([])
  useEffect(() => () => tabUrls.current.forEach((u) => URL.revokeObjectURL(u)), [])

  const busy = adder.progress !== null
  const addFiles = (files: FileList | null) => {
    if (!files || files.length === 0 || busy) return
    void adder.add([...files], lineId === WHOLE ? null : lineId)
  }

  const open = async (a: Attachment) => {
    setOpeningId(a.id)
    setOpenError(null)
    try {
      const original = await loadOriginal(a.id)
      if (isPdf(original.mime) && openInNewTab(original)) tabUrls.current.push(original.url)
      else setViewing(original)
    } catch (err) {
      setOpenError(`无法打开“${a.fileName}”：${err instanceof Error ? err.message : String(err)}`)
    } finally {
      setOpeningId(null)
    }
  }

  const closeViewer = () => {
    if (viewing) URL.revokeObjectURL(viewing.url)
    setViewing(null)
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault()
    if (mayAdd) addFiles(e.dataTransfer.files)
  }

  const groups = groupAttachments(list.data ?? [], lines)

  return (
    <Card
      size="small"
      title={
        <Space>
          <PaperClipOutlined />
          照片和扫描件
          {list.data && <Typography.Text type="secondary">（{list.data.length}）</Typography.Text>}
        </Space>
      }
      onDragOver={mayAdd ? (e) => e.preventDefault() : undefined}
      onDrop={mayAdd ? onDrop : undefined}
    >
      {mayAdd && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            data-testid="attachment-line-select"
            aria-label="照片属于"
            value={lineId}
            onChange={setTarget}
            disabled={busy}
            style={{ minWidth: 220 }}
            options={[{ value: WHOLE, label: '整体' }, ...lines.map((l) => ({ value: l.id, label: lineLabel(l) }))]}
          />
          <Button icon={<PaperClipOutlined />} onClick={() => input.current?.click()} loading={busy}>
            添加照片
          </Button>
          <input
            ref={input}
            type="file"
            data-testid="attachment-add"
            accept={ACCEPT}
            multiple
            hidden
            onChange={(e) => {
              addFiles(e.target.files)
              e.target.value = '' // the same file may be chosen again
            }}
          />
          <Typography.Text type="secondary">
            {busy && adder.progress
              ? `正在添加 ${adder.progress.done + 1}/${adder.progress.total}：${adder.progress.current}`
              : 'JPEG、PNG、WebP 照片或 PDF 扫描件，每个不超过 15 MB；也可以把文件拖到这里'}
          </Typography.Text>
        </Space>
      )}
      {adder.problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: adder.clearProblems }}
          title={`${adder.problems.length} 个文件未添加`}
          description={adder.problems.map((p) => (
            <div key={p}>{p}</div>
          ))}
          style={{ marginBottom: 12 }}
        />
      )}
      {openError && <Alert type="error" showIcon closable={{ onClose: () => setOpenError(null) }} title={openError} style={{ marginBottom: 12 }} />}
      {list.error && <Alert type="error" showIcon title={list.error} action={<Button size="small" onClick={list.reload}>重试</Button>} />}
      {!list.data && !list.error && <Spin />}
      {list.data && groups.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有照片或扫描件" />}
      {groups.map((g) => (
        <section key={g.key} style={{ marginBottom: 12 }}>
          <Typography.Text strong style={{ display: 'block', marginBottom: 6 }}>
            {g.label}（{g.items.length}）
          </Typography.Text>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            {g.items.map(({ attachment: a, index }) => (
              <AttachmentTile
                key={a.id}
                attachment={a}
                index={index}
                opening={openingId === a.id}
                onOpen={() => void open(a)}
                onRemove={mayRemove ? () => setRemoving(a) : undefined}
              />
            ))}
          </div>
        </section>
      ))}
      {viewing && <AttachmentViewer original={viewing} onClose={closeViewer} />}
      {removing && (
        <RemoveAttachmentModal
          attachment={removing}
          onClose={() => setRemoving(null)}
          onRemoved={(removed) => {
            setRemoving(null)
            list.setData((list.data ?? []).filter((a) => a.id !== removed.id))
            message.success(`已移除：${removed.fileName}`)
          }}
        />
      )}
    </Card>
  )
}
