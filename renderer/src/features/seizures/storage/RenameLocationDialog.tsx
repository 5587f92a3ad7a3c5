import { Form } from 'antd'
import type { StorageLocation } from '../../../../../shared/api/seizure-types'
import { invoke } from '../../../api/client'
import { levelLabel } from './location-tree'
import { LocationNameField } from './LocationNameField'
import { StorageDialog } from './StorageDialog'

interface Values {
  name: string
}

/** 改名: items registered here, and everything below, show the new name in their location from then on. */
export function RenameLocationDialog({ location, onClose }: { location: StorageLocation; onClose(): void }) {
  const [form] = Form.useForm<Values>()
  const label = levelLabel(location.level)
  return (
    <StorageDialog<Values>
      title={`${label}改名：${location.path}`}
      okText="保存"
      form={form}
      initialValues={{ name: location.name }}
      submit={({ name }) => invoke('storage.rename', { id: location.id, version: location.version, name })}
      success="已改名"
      onClose={onClose}
      testId="storage-rename-dialog"
    >
      <LocationNameField level={location.level} label={label} />
    </StorageDialog>
  )
}
