import type { CaseRecord } from '../../../../../shared/api/case-types'
import type { CaseDocumentKind } from '../../../../../shared/domain/documents'
import { invoke } from '../../../api/client'
import { useCan } from '../../auth/can'
import { RecordDocuments } from '../../documents/RecordDocuments'

// A decided case's documents: the 行政处罚决定书, and the masked 公示 摘要 where the decision is published.

export function CaseDocuments({ record }: { record: CaseRecord }) {
  const can = useCan()
  const kinds: { kind: CaseDocumentKind; hint: string }[] = [
    { kind: 'case_decision', hint: '行政处罚法第五十九条所列内容，金额同时大写；送达当事人，不脱敏' },
    ...(record.mustPublish && !record.revokedOn ? [{ kind: 'case_publicity' as const, hint: '公示规定第四条的摘要，置于决定书之前；个人信息已脱敏，生成前请预览核对' }] : []),
  ]
  return (
    <RecordDocuments
      title="案件文书"
      prefix="case"
      kinds={kinds}
      mayIssue={can('cases.document.issue')}
      preview={(kind, date) => invoke('cases.document.preview', { id: record.id, kind, date })}
      issue={(kind, date) => invoke('cases.document.issue', { id: record.id, kind, date })}
    />
  )
}
