import type { Kysely } from 'kysely'
import type { CampaignDocumentKind } from '../../../shared/domain/documents'
import { DOCUMENT_KIND_LABELS } from '../../../shared/domain/documents'
import type { Database } from '../db/schema'
import { AppError } from '../errors'
import type { HandlerMap } from '../handler'
import { todayOf } from '../clock'
import { getAgencyProfile } from '../settings/repository'
import { documentOnRecord, issueRecordDocument, previewRecordDocument } from '../documents/issue'
import type { KindRecord } from '../documents/kinds/types'
import type { CampaignDocument } from '../documents/kinds/campaign-shared'
import { getCampaign } from './repository'
import { getReport } from './reports'
import { campaignStatWorkbook } from './stat-form-xlsx'

// The campaign's documents: previewed at any time from the figures as they stand; issued (archived, on the
// campaign's history) when they are final — the 活动方案 whenever the campaign stands, a unit's 统计表 once that
// unit has submitted, the bureau's 统计表 and the 活动总结 once the figures are locked.

type Ops = 'campaigns.document.preview' | 'campaigns.document.issue' | 'campaigns.statForm.xlsx'
type Db = Kysely<Database>

export async function campaignDocument(db: Db, id: string, unit: string): Promise<CampaignDocument> {
  const campaign = await getCampaign(db, id)
  if (campaign.voided) throw new AppError('STATE', `专项行动“${campaign.name}”已作废，不能生成文书`)
  const reportedUnits = campaign.reports.filter((r) => r.status === 'submitted').map((r) => r.unit)
  if (unit === '') return { campaign, unit, figures: campaign.totals, reportedUnits }
  if (!campaign.units.includes(unit)) throw new AppError('VALIDATION', `“${unit}”不是本活动的参与单位`, { unit: '该单位不是本活动的参与单位' })
  const report = await getReport(db, id, unit)
  return { campaign, unit, figures: report.figures, reportedUnits: report.status === 'submitted' ? [unit] : [] }
}

async function record(db: Db, id: string, kind: CampaignDocumentKind, unit: string, issuing: boolean): Promise<KindRecord> {
  const d = await campaignDocument(db, id, kind === 'campaign_stat_form' ? unit : '')
  const label = DOCUMENT_KIND_LABELS[kind]
  if (issuing && kind !== 'campaign_plan') {
    if (d.unit === '' && d.campaign.status !== 'locked') throw new AppError('STATE', `各单位统计数字锁定后才能生成并存档${label}（现可预览）`)
    if (d.unit !== '' && d.reportedUnits.length === 0) throw new AppError('STATE', `${d.unit}尚未报送，报送后才能生成并存档其${label}（现可预览）`)
  }
  return { type: 'campaign', campaign: d }
}

export const campaignDocumentHandlers: HandlerMap<Ops> = {
  'campaigns.document.preview': ({ id, kind, date, unit }, ctx) => previewRecordDocument(ctx, kind, (trx) => record(trx, id, kind, unit, false), date),
  'campaigns.document.issue': ({ id, kind, date, unit }, ctx) => issueRecordDocument(ctx, kind, (trx) => record(trx, id, kind, unit, true), date, documentOnRecord('campaign', id)),
  'campaigns.statForm.xlsx': async ({ id, unit }, ctx) => {
    const d = await campaignDocument(ctx.trx, id, unit)
    return campaignStatWorkbook(d, (await getAgencyProfile(ctx.trx)).fullName, todayOf(ctx))
  },
}
