import { Alert, Button, Space } from 'antd'
import { formatLocalTime } from '../../../../../shared/rules/local-time'

/** A draft of this form, left unsaved earlier in this browser: restore it or throw it away. */
export function DraftOffer({ savedAt, onRestore, onDiscard }: { savedAt: string; onRestore(): void; onDiscard(): void }) {
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="draft-offer"
      title={`有一份未保存的草稿（${formatLocalTime(savedAt)}）`}
      description="上次填写的内容没有保存。可以恢复后接着填写，或放弃它重新开始。"
      action={
        <Space direction="vertical">
          <Button size="small" type="primary" onClick={onRestore} data-testid="draft-restore">
            恢复未保存的草稿
          </Button>
          <Button size="small" onClick={onDiscard} data-testid="draft-discard">
            放弃
          </Button>
        </Space>
      }
    />
  )
}
