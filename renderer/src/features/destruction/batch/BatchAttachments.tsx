import { invoke } from '../../../api/client'
import { useCan } from '../../auth/can'
import { RecordFiles } from '../../seizures/attachments/RecordFiles'

// 现场照片和签字记录扫描件 of a batch, in the attachment store seizures use. Removing keeps the file.

export function BatchAttachments({ batchId, readOnly }: { batchId: string; readOnly: boolean }) {
  const can = useCan()
  return (
    <RecordFiles
      title="现场照片和签字记录扫描件"
      addLabel="添加照片或扫描件"
      emptyText="还没有照片或扫描件"
      removeNote="移除后不再显示在本批次中；文件仍保留，并记下移除原因、移除人和时间。"
      mayAdd={!readOnly && can('destruction.attachments.add')}
      mayRemove={!readOnly && can('destruction.attachments.void')}
      ownerId={batchId}
      testId="batch-attachment"
      list={() => invoke('destruction.attachments.list', { batchId })}
      add={(file) => invoke('destruction.attachments.add', { batchId, ...file })}
      get={(id) => invoke('destruction.attachments.get', { id })}
      remove={(id, reason) => invoke('destruction.attachments.void', { id, reason })}
    />
  )
}
