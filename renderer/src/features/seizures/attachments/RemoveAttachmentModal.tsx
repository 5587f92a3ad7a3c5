import { Typography } from 'antd'
import type { Attachment } from '../../../../../shared/api/seizure-types'
import { invoke } from '../../../api/client'
import { ReasonDialog } from '../../../components/ReasonDialog'

// 移除: the photo leaves the list, but its row and file stay, with who removed it, when and why.

interface Props {
  attachment: Attachment
  onClose(): void
  onRemoved(attachment: Attachment): void
}

export function RemoveAttachmentModal({ attachment, onClose, onRemoved }: Props) {
  return (
    <ReasonDialog<Attachment>
      title={`移除：${attachment.fileName}`}
      intro={<Typography.Paragraph>移除后不再显示在这条记录中。文件仍保留在数据文件夹，并在修改记录中记下移除原因、移除人和时间。</Typography.Paragraph>}
      label="移除原因"
      placeholder="例如：照片拍错了物品，已重新添加"
      okText="移除"
      danger
      submit={(reason) => invoke('attachments.void', { id: attachment.id, reason })}
      onDone={onRemoved}
      onClose={onClose}
    />
  )
}
