import type { DocumentKind } from '../../../../shared/domain/documents'
import { caseDecisionKind } from './case-decision'
import { casePublicityKind } from './case-publicity'
import { destructionApprovalKind } from './destruction-approval'
import { destructionListKind } from './destruction-list'
import { destructionNoticeKind } from './destruction-notice'
import { destructionRecordKind } from './destruction-record'
import { noticeKind } from './notice'
import { seizureInventoryKind } from './seizure-inventory'
import { typicalCollectionKind } from './typical-collection'
import { typicalReportKind } from './typical-report'
import { stationDirectoryKind } from './station-directory'
import { stationPlaqueKind, stationReviewReportKind } from './station-notices'
import { consumerSummaryKind, workSummaryKind } from './summaries'
import { campaignPlanKind } from './campaign-plan'
import { campaignStatFormKind } from './campaign-stat-form'
import { campaignSummaryKind } from './campaign-summary'
import type { DocumentKindDef } from './types'

// Every kind the contract names has its definition: a missing one is a type error here.
export const KINDS: Record<DocumentKind, DocumentKindDef> = {
  notice: noticeKind,
  seizure_inventory: seizureInventoryKind,
  destruction_notice: destructionNoticeKind,
  destruction_list: destructionListKind,
  destruction_record: destructionRecordKind,
  destruction_approval: destructionApprovalKind,
  case_publicity: casePublicityKind,
  case_decision: caseDecisionKind,
  typical_collection: typicalCollectionKind,
  typical_report: typicalReportKind,
  station_directory: stationDirectoryKind,
  station_plaque: stationPlaqueKind,
  station_review_report: stationReviewReportKind,
  work_summary: workSummaryKind,
  consumer_summary: consumerSummaryKind,
  campaign_plan: campaignPlanKind,
  campaign_stat_form: campaignStatFormKind,
  campaign_summary: campaignSummaryKind,
}
