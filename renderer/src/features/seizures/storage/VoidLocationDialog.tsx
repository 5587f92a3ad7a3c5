import { Alert, Form, Input } from 'antd'
import type { StorageLocation } from '../../../../../shared/api/seizure-types'
import { invoke } from '../../../api/client'
import { levelLabel } from './location-tree'
import { StorageDialog } from './StorageDialog'

interface Values {
  reason: string
}

/** 停用: the location can no longer be chosen; it stays on record, and on the items already stored there. */
export function VoidLocationDialog({ location, onClose }: { location: StorageLocation; onClose(): void }) {
  const [form] = Form.useForm<Values>()
  const label = levelLabel(location.level)
  return (
    <StorageDialog<Values>
      title={`停用${label}：${location.path}`}
      okText="确认停用"
      danger
      form={form}
      submit={({ reason }) => invoke('storage.void', { id: location.id, version: location.version, reason })}
      success={`已停用${label}“${location.name}”`}
      onClose={onClose}
      testId="storage-void-dialog"
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="停用后不能恢复"
        description="停用后登记物品时不能再选用此位置；已登记在此处的物品仍显示原位置。"
      />
      <Form.Item
        name="reason"
        label="停用原因"
        rules={[
          { required: true, whitespace: true, message: '请填写停用原因' },
          { min: 2, message: '停用原因至少2个字' },
        ]}
      >
        <Input.TextArea rows={3} maxLength={200} showCount placeholder="例如：仓库已腾退" data-testid="storage-reason-input" />
      </Form.Item>
    </StorageDialog>
  )
}
