import { Button, Spin, Typography } from 'antd'
import { FileImageOutlined, FilePdfOutlined } from '@ant-design/icons'
import type { Attachment } from '../../../../../shared/api/seizure-types'
import { formatSize, isPdf } from './attachment-files'
import { formatLocalTime } from '../../../../../shared/rules/local-time'

// One photo or scan in the grid: its thumbnail (a PDF: an icon), name, size, who added it and when.
// The group heading above says whether it belongs to the whole record or to a line.

export const TILE_WIDTH = 168
const PICTURE_HEIGHT = 126

/** What a tile shows: a seizure's attachment or a destruction batch's. */
export type TileAttachment = Pick<Attachment, 'fileName' | 'mime' | 'sizeBytes' | 'thumbnail' | 'createdAt' | 'createdByName'>

interface Props {
  attachment: TileAttachment
  index: number
  opening: boolean
  onOpen(): void
  /** Absent when the user may not remove. */
  onRemove?: () => void
}

export function AttachmentTile({ attachment: a, index, opening, onOpen, onRemove }: Props) {
  const Icon = isPdf(a.mime) ? FilePdfOutlined : FileImageOutlined
  return (
    <div style={{ width: TILE_WIDTH, border: '1px solid #f0f0f0', borderRadius: 6, padding: 6, background: '#fff' }}>
      <button
        type="button"
        data-testid={`attachment-thumb-${index}`}
        onClick={onOpen}
        disabled={opening}
        title={`查看原件：${a.fileName}`}
        aria-label={`查看原件：${a.fileName}`}
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          width: '100%',
          height: PICTURE_HEIGHT,
          padding: 0,
          border: 'none',
          borderRadius: 4,
          background: '#fafafa',
          cursor: opening ? 'progress' : 'zoom-in',
          overflow: 'hidden',
        }}
      >
        {opening ? (
          <Spin />
        ) : a.thumbnail ? (
          <img src={a.thumbnail} alt={a.fileName} style={{ maxWidth: '100%', maxHeight: '100%', objectFit: 'contain' }} />
        ) : (
          <Icon style={{ fontSize: 48, color: isPdf(a.mime) ? '#cf1322' : '#8c8c8c' }} />
        )}
      </button>
      <Typography.Text ellipsis={{ tooltip: a.fileName }} style={{ display: 'block', marginTop: 4 }}>
        {a.fileName}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {formatSize(a.sizeBytes)}
      </Typography.Text>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }} title={formatLocalTime(a.createdAt, { seconds: true })}>
          {a.createdByName} {formatLocalTime(a.createdAt)}
        </Typography.Text>
        {onRemove && (
          <Button type="link" danger size="small" style={{ padding: 0 }} data-testid={`attachment-remove-${index}`} onClick={onRemove}>
            移除
          </Button>
        )}
      </div>
    </div>
  )
}
