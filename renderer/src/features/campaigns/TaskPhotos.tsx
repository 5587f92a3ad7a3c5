import { useState } from 'react'
import { Alert, Divider, Empty, Modal, Spin, Typography } from 'antd'
import type { CampaignTask, TaskPhoto } from '../../../../shared/api/campaign-types'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { ReasonDialog } from '../../components/ReasonDialog'
import { AttachmentViewer } from '../seizures/attachments/AttachmentViewer'
import { loadOriginal, type Original } from '../seizures/attachments/original'
import { AddPhotoForm } from './AddPhotoForm'
import { PhotoTile } from './PhotoTile'

// 照片 of one task: each with when, where and what it shows; the original opened at full size; added while the
// campaign is open; removed with a reason (the file stays on record).

interface Props {
  task: CampaignTask
  mayAdd: boolean
  mayRemove: boolean
  /** `changed`: a photo was added or removed, so the task's count is stale. */
  onClose(changed: boolean): void
}

export function TaskPhotos({ task: t, mayAdd, mayRemove, onClose }: Props) {
  const list = useLoad(() => invoke('campaigns.task.photos', { taskId: t.id }), [t.id])
  const [changed, setChanged] = useState(false)
  const [opening, setOpening] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [viewing, setViewing] = useState<Original | null>(null)
  const [removing, setRemoving] = useState<TaskPhoto | null>(null)
  const photos = list.data ?? []

  const open = async (p: TaskPhoto) => {
    setOpening(p.id)
    setProblem(null)
    try {
      setViewing(await loadOriginal(p.id, (id) => invoke('campaigns.task.photo.get', { id })))
    } catch (err) {
      setProblem(`无法打开“${p.fileName}”：${err instanceof Error ? err.message : String(err)}`)
    } finally {
      setOpening(null)
    }
  }

  return (
    <Modal open title={`任务 ${t.seq} 的照片`} width={900} footer={null} onCancel={() => onClose(changed)} destroyOnHidden mask={{ closable: false }}>
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }}>
        {t.work}
      </Typography.Paragraph>
      {problem && <Alert type="error" showIcon closable={{ onClose: () => setProblem(null) }} title={problem} style={{ marginBottom: 12 }} />}
      {list.error && <Alert type="error" showIcon title={list.error} />}
      {!list.data && !list.error && <Spin />}
      {list.data?.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有照片" />}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }} data-testid="task-photos">
        {photos.map((p, i) => (
          <PhotoTile key={p.id} photo={p} index={i} opening={opening === p.id} onOpen={() => void open(p)} onRemove={mayRemove ? () => setRemoving(p) : undefined} />
        ))}
      </div>
      {mayAdd && (
        <>
          <Divider titlePlacement="start" plain>
            添加照片
          </Divider>
          <AddPhotoForm
            taskId={t.id}
            onAdded={(p) => {
              list.setData([...photos, p])
              setChanged(true)
            }}
          />
        </>
      )}
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
        <ReasonDialog<TaskPhoto>
          title={`移除照片：${removing.caption || removing.fileName}`}
          intro={<Typography.Paragraph>移除后不再显示在本任务中；文件仍保留，并记下移除原因、移除人和时间。</Typography.Paragraph>}
          label="移除原因"
          placeholder="例如：照片重复"
          okText="移除"
          danger
          success="已移除照片"
          submit={(reason) => invoke('campaigns.task.photo.void', { id: removing.id, reason })}
          onDone={(removed) => {
            setRemoving(null)
            list.setData(photos.filter((p) => p.id !== removed.id))
            setChanged(true)
          }}
          onClose={() => setRemoving(null)}
          testId="task-photo-remove-dialog"
        />
      )}
    </Modal>
  )
}
