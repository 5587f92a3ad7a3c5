import { Button, Spin, Typography } from 'antd'
import { FileImageOutlined } from '@ant-design/icons'
import type { TaskPhoto } from '../../../../shared/api/campaign-types'
import { formatLocalTime } from '../../../../shared/rules/local-time'

// One photo of a task: its thumbnail (opens the original), what it shows, when and where it was taken, who added it.

interface Props {
  photo: TaskPhoto
  index: number
  opening: boolean
  onOpen(): void
  /** Absent when the user may not remove. */
  onRemove?: () => void
}

export function PhotoTile({ photo: p, index, opening, onOpen, onRemove }: Props) {
  return (
    <div style={{ width: 200, border: '1px solid #f0f0f0', borderRadius: 6, padding: 6, background: '#fff' }} data-testid={`task-photo-${index}`}>
      <button
        type="button"
        onClick={onOpen}
        disabled={opening}
        aria-label={`查看原件：${p.caption || p.fileName}`}
        title={`查看原件：${p.fileName}`}
        style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', width: '100%', height: 140, padding: 0, border: 'none', borderRadius: 4, background: '#fafafa', cursor: opening ? 'progress' : 'zoom-in', overflow: 'hidden' }}
      >
        {opening ? <Spin /> : p.thumbnail ? <img src={p.thumbnail} alt={p.caption || p.fileName} style={{ maxWidth: '100%', maxHeight: '100%', objectFit: 'contain' }} /> : <FileImageOutlined style={{ fontSize: 48, color: '#8c8c8c' }} />}
      </button>
      <Typography.Paragraph ellipsis={{ rows: 2, tooltip: p.caption }} style={{ margin: '4px 0 0' }}>
        {p.caption}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {p.takenAt} · {p.place}
      </Typography.Text>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }} title={`${p.fileName}，${formatLocalTime(p.createdAt, { seconds: true })} 添加`}>
          {p.createdByName} 添加
        </Typography.Text>
        {onRemove && (
          <Button type="link" danger size="small" style={{ padding: 0 }} data-testid={`task-photo-remove-${index}`} onClick={onRemove}>
            移除
          </Button>
        )}
      </div>
    </div>
  )
}
