import type { FileChild, Paragraph } from 'docx'
import type { DocumentLoopInfo, PlaceholderInfo } from '../../../../shared/api/documents'
import type { CaseRecord } from '../../../../shared/api/case-types'
import type { Batch } from '../../../../shared/api/destruction-types'
import type { Seizure } from '../../../../shared/api/seizure-types'
import type { AgencyProfile } from '../../../../shared/api/settings'
import type { DocumentKind, DocumentRecordType } from '../../../../shared/domain/documents'
import type { TemplateLine } from '../../../../shared/rules/template-text'
import type { Blocks } from '../blocks'
import type { TypicalDocument } from './typical-shared'
import type { StationDirectory } from './station-directory'
import type { PlaqueNotice, ReviewReport } from './station-notices'
import type { SummaryDocument } from './summary-shared'
import type { CampaignDocument } from './campaign-shared'

/** The record a record-bound kind is made from: one variant per record type (DOCUMENT_RECORD_SOURCES). */
export type KindRecord =
  | { type: Extract<DocumentRecordType, 'seizure'>; seizure: Seizure }
  /** `photos`: the batch's live photos (现场照片), counted for the 销毁记录. */
  | { type: Extract<DocumentRecordType, 'destruction_batch'>; batch: Batch; photos?: number }
  /** A decided penalty case (处罚案件). */
  | { type: Extract<DocumentRecordType, 'penalty_case'>; penaltyCase: CaseRecord }
  /** A 典型案例 collection with its cases' texts (typical-shared.ts). */
  | { type: Extract<DocumentRecordType, 'typical_collection'>; typical: TypicalDocument }
  /** The stations in the register, grouped by 所 (station-directory.ts). */
  | { type: Extract<DocumentRecordType, 'station_directory'>; directory: StationDirectory }
  /** Stations chosen for the 授牌公告, and a year's reviewed stations (station-notices.ts). */
  | { type: Extract<DocumentRecordType, 'station_plaque'>; plaque: PlaqueNotice }
  | { type: Extract<DocumentRecordType, 'station_review_report'>; report: ReviewReport }
  /** A period's figures (统计) and the charts drawn from them, for the 工作总结 and 消费维权工作情况. */
  | { type: Extract<DocumentRecordType, 'stat_period'>; summary: SummaryDocument }
  /** A campaign with the figures of one unit or of the whole bureau (campaign-shared.ts). */
  | { type: Extract<DocumentRecordType, 'campaign'>; campaign: CampaignDocument }

export interface KindContext {
  agency: AgencyProfile
  /** 成文日期, YYYY-MM-DD. */
  date: string
  /** What the user typed for the kind's input placeholders. */
  inputs: Readonly<Record<string, string>>
  /** The record, for kinds made from one (`DocumentKindDef.fromRecord`). */
  record?: KindRecord
}

export interface FilledTemplate {
  /** The title's lines, broken by meaning where a line was too long (shared/rules/title-lines). */
  titleLines: string[]
  lines: TemplateLine[]
}

/** A list a Word template may loop over, with each line's values. */
export interface KindLoop extends DocumentLoopInfo {
  rows(ctx: KindContext): Record<string, string>[]
}

/** What an archived document is about, for telling it apart in 文书 → 存档. */
export interface ArchiveFields {
  documentNo?: string
  registerNo?: string
  partyName?: string
}

/** A document kind = data (placeholder values) + template wording + layout. */
export interface DocumentKindDef {
  kind: DocumentKind
  label: string
  /** `sample` is a stand-in; `samples` gives the office's own where they differ (its name, its 文号代字). */
  placeholders: PlaceholderInfo[]
  samples?(agency: AgencyProfile): Record<string, string>
  defaultTemplate: { title: string; body: string }
  /**
   * Made from one record of this type by the record's own operation, never from the 生成文书 form.
   * `sample` stands in for it when previewing the wording in 文书 → 模板.
   */
  fromRecord?: { type: KindRecord['type']; sample(agency: AgencyProfile): KindRecord }
  /** Lists an uploaded Word template may repeat ({{#物品}}…{{/物品}}). */
  loops?: KindLoop[]
  /** Every placeholder's value, from records and the agency profile plus the user's inputs. */
  values(ctx: KindContext): Record<string, string>
  /** The page: fixed layout around the filled wording. */
  layout(b: Blocks, filled: FilledTemplate, ctx: KindContext): FileChild[]
  /** Lines over the page number on every page (a form signed sheet by sheet). */
  footerLines?(b: Blocks, ctx: KindContext): Paragraph[]
  /** False for a form that counts its pages in its footer lines (第N页 共M页): no "— N —" as well. */
  pageNumbers?: boolean
  /** Per-input refusals (input name → Chinese message) beyond "is it one of my inputs" and its length. */
  checkInputs?(inputs: Readonly<Record<string, string>>): Record<string, string>
  /** Ids of the records the document was made from, for the archive. */
  recordIds(ctx: KindContext): string[]
  /** 文号, 登记号, 当事人 for the archive's columns and search. */
  archiveFields?(ctx: KindContext): ArchiveFields
  /**
   * What names the file, most telling first (扣押物品清单, 2026-0001, 某某商贸有限公司); the title and the date
   * when the kind says nothing.
   */
  fileNameParts?(title: string, ctx: KindContext): string[]
}
