import type { Batch } from '../../../../../shared/api/destruction-types'
import type { DestructionDocumentKind } from '../../../../../shared/domain/documents'
import { invoke } from '../../../api/client'
import { RecordDocuments } from '../../documents/RecordDocuments'

// The four documents of a batch.

const KINDS: { kind: DestructionDocumentKind; hint: string }[] = [
  { kind: 'destruction_notice', hint: '销毁前发布：日期、地点、物品类别及合计、联系人' },
  { kind: 'destruction_list', hint: '按类别分组的物品清单，含小计、合计和签字栏' },
  { kind: 'destruction_record', hint: '销毁时间、地点、方式、措施、合计，执行人员、监督人员和见证人签字' },
  { kind: 'destruction_approval', hint: '批准后打印；批准前审批意见栏为空白' },
]

export function BatchDocuments({ batch }: { batch: Batch }) {
  return (
    <RecordDocuments
      title="销毁文书"
      prefix="batch"
      kinds={KINDS}
      preview={(kind, date) => invoke('destruction.document.preview', { id: batch.id, kind, date })}
      issue={(kind, date) => invoke('destruction.document.issue', { id: batch.id, kind, date })}
    />
  )
}
