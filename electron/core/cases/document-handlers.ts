import type { Kysely } from 'kysely'
import type { CaseDocumentKind } from '../../../shared/domain/documents'
import { DOCUMENT_KIND_LABELS } from '../../../shared/domain/documents'
import { todayOf } from '../clock'
import type { Database } from '../db/schema'
import { documentOnRecord, issueRecordDocument, previewRecordDocument } from '../documents/issue'
import type { KindRecord } from '../documents/kinds/types'
import { AppError } from '../errors'
import type { HandlerMap } from '../handler'
import { getCase } from './repository'

// The two documents of a decided case (行政处罚信息公示 摘要, 行政处罚决定书), from its current state: previewed
// (neither archived nor audited, as documents.preview — the user sees the masked 摘要 before generating) and
// issued (archived with the case's id and audited on the case, as destruction.document.issue).

type Ops = 'cases.document.preview' | 'cases.document.issue'
type Db = Kysely<Database>

/** The case as the documents print it; refused (STATE) where the document cannot be made from it. */
async function caseRecord(db: Db, id: string, kind: CaseDocumentKind, today: string): Promise<KindRecord> {
  const c = await getCase(db, id, today)
  const label = DOCUMENT_KIND_LABELS[kind]
  if (c.voided) throw new AppError('STATE', `案件 ${c.caseNo} 已作废，不能生成${label}`)
  if (!c.decisionDate || !c.decisionNo || !['decided', 'executed', 'closed'].includes(c.status)) throw new AppError('STATE', `案件 ${c.caseNo} 尚未作出处罚决定，不能生成${label}`)
  if (kind === 'case_publicity') {
    if (!c.mustPublish) throw new AppError('STATE', `该处罚决定无需公示（${c.procedure === 'summary' ? '简易程序作出' : '仅给予警告'}），不能生成${label}`)
    if (c.revokedOn) throw new AppError('STATE', `该处罚决定已于 ${c.revokedOn} 被变更或撤销，不再公示`)
  }
  return { type: 'penalty_case', penaltyCase: c }
}

export const caseDocumentHandlers: HandlerMap<Ops> = {
  'cases.document.preview': ({ id, kind, date }, ctx) => previewRecordDocument(ctx, kind, (trx) => caseRecord(trx, id, kind, todayOf(ctx)), date),
  // The case's own 修改记录 shows the document was issued, and which archived file it is.
  'cases.document.issue': ({ id, kind, date }, ctx) => issueRecordDocument(ctx, kind, (trx) => caseRecord(trx, id, kind, todayOf(ctx)), date, documentOnRecord('penalty_case', id)),
}
