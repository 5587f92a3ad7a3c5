import { Alert } from 'antd'
import type { StorageLocation } from '../../../../../shared/api/seizure-types'
import { invoke } from '../../../api/client'
import { ReasonDialog } from '../../../components/ReasonDialog'
import { levelLabel } from './location-tree'
import { storageDialogLook } from './StorageDialog'

/** 停用: the location can no longer be chosen; it stays on record, and on the items already stored there. */
export function VoidLocationDialog({ location, onClose }: { location: StorageLocation; onClose(): void }) {
  const label = levelLabel(location.level)
  return (
    <ReasonDialog
      {...storageDialogLook}
      title={`停用${label}：${location.path}`}
      intro={
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="停用后不能恢复"
          description="停用后登记物品时不能再选用此位置；已登记在此处的物品仍显示原位置。"
        />
      }
      label="停用原因"
      placeholder="例如：仓库已腾退"
      okText="确认停用"
      danger
      submit={(reason) => invoke('storage.void', { id: location.id, version: location.version, reason })}
      success={`已停用${label}“${location.name}”`}
      onClose={onClose}
      testId="storage-void-dialog"
      reasonTestId="storage-reason-input"
    />
  )
}
