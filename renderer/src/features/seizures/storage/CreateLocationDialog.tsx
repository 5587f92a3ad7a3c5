import { Form } from 'antd'
import type { StorageLocation } from '../../../../../shared/api/seizure-types'
import { invoke } from '../../../api/client'
import { levelLabel } from './location-tree'
import { LocationNameField } from './LocationNameField'
import { StorageDialog } from './StorageDialog'

interface Values {
  name: string
}

/** 新增仓库 (no parent), or a 货架 under a 仓库, or a 货位 under a 货架. */
export function CreateLocationDialog({ parent, onClose }: { parent: StorageLocation | null; onClose(): void }) {
  const [form] = Form.useForm<Values>()
  const level = parent ? parent.level + 1 : 0
  const label = levelLabel(level)
  return (
    <StorageDialog<Values>
      title={parent ? `在“${parent.path}”下新增${label}` : `新增${label}`}
      okText="保存"
      form={form}
      submit={({ name }) => invoke('storage.create', { parentId: parent?.id ?? null, name })}
      success={`已新增${label}`}
      onClose={onClose}
      testId="storage-create-dialog"
    >
      <LocationNameField level={level} label={label} />
    </StorageDialog>
  )
}
