import { Typography } from 'antd'
import type { ArchivedDocument } from '../../../../shared/api/documents'
import { invoke } from '../../api/client'
import { ReasonDialog } from '../../components/ReasonDialog'

// 作废文书 (审核领导): an issued document is never deleted. Voiding marks it with the reason; the file stays
// in the archive exactly as issued.

interface Props {
  doc: ArchivedDocument
  onClose(): void
  onVoided(doc: ArchivedDocument): void
}

export function VoidDocumentModal({ doc, onClose, onVoided }: Props) {
  return (
    <ReasonDialog<ArchivedDocument>
      title={`作废文书：${doc.title}`}
      intro={
        <Typography.Paragraph>
          作废后，这份文书在存档中标为“已作废”，并记下作废原因、作废人和时间。文件仍保留在存档中，可以照常下载核对；作废不能撤销。
        </Typography.Paragraph>
      }
      label="作废原因"
      placeholder="例如：当事人名称写错，已重新出具"
      okText="作废"
      danger
      submit={(reason) => invoke('documents.archive.void', { id: doc.id, reason })}
      onDone={onVoided}
      onClose={onClose}
    />
  )
}
