import type { TypicalCollection } from '../../../../shared/api/typical-types'
import type { TypicalDocumentKind } from '../../../../shared/domain/documents'
import { invoke } from '../../api/client'
import { useCan } from '../auth/can'
import { RecordDocuments } from '../documents/RecordDocuments'

// The collection's documents: the 典型案例集 as published and the 报送表 for the city. Previewed while drafts
// (the newest texts); issued once every case is finalised.

export function CollectionDocuments({ collection }: { collection: TypicalCollection }) {
  const can = useCan()
  const allFinal = collection.entries.length > 0 && collection.entries.every((e) => e.status === 'final')
  const kinds: { kind: TypicalDocumentKind; hint: string }[] = [
    { kind: 'typical_collection', hint: '标题、导语，然后按案例顺序逐件：一、标题，（一）当事人……（五）法律依据；个人信息已脱敏' },
    { kind: 'typical_report', hint: '报送上级机关的表格：序号、案件名称、决定书文号、违法类型、处罚结果、罚没款金额、承办单位、联系人' },
  ]
  return (
    <RecordDocuments
      title={allFinal ? '案例集文书' : '案例集文书（全部定稿后才能生成存档，现可预览）'}
      prefix="typical"
      kinds={kinds}
      mayIssue={allFinal && can('typical.document.issue')}
      preview={(kind, date) => invoke('typical.document.preview', { id: collection.id, kind, date })}
      issue={(kind, date) => invoke('typical.document.issue', { id: collection.id, kind, date })}
    />
  )
}
