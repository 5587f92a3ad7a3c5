import { Alert, Button, Modal } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import { isPdf } from './attachment-files'
import { saveOriginal, type Original } from './original'

// The original at full size: a photo in a modal; a PDF here only when it could not open in its own tab.

interface Props {
  original: Original
  onClose(): void
}

export function AttachmentViewer({ original, onClose }: Props) {
  const pdf = isPdf(original.mime)
  return (
    <Modal
      open
      title={original.fileName}
      onCancel={onClose}
      centered
      width={pdf ? 520 : 'min(92vw, 1400px)'}
      destroyOnHidden
      footer={[
        <Button key="save" icon={<DownloadOutlined />} onClick={() => saveOriginal(original)}>
          另存为…
        </Button>,
        <Button key="close" type="primary" onClick={onClose}>
          关闭
        </Button>,
      ]}
    >
      <div data-testid="attachment-viewer">
        {pdf ? (
          <Alert type="info" showIcon title="无法在新窗口中打开 PDF" description="请点“另存为…”保存到电脑，再用 PDF 阅读器或 WPS 打开。" />
        ) : (
          <img
            src={original.url}
            alt={original.fileName}
            style={{ display: 'block', maxWidth: '100%', maxHeight: '78vh', margin: '0 auto', objectFit: 'contain' }}
          />
        )}
      </div>
    </Modal>
  )
}
