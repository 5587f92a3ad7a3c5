import type { FileChild, Paragraph } from 'docx'
import type { DocumentLoopInfo, PlaceholderInfo } from '../../../../shared/api/documents'
import type { Seizure } from '../../../../shared/api/seizure-types'
import type { AgencyProfile } from '../../../../shared/api/settings'
import type { DocumentKind, DocumentRecordType } from '../../../../shared/domain/documents'
import type { TemplateLine } from '../../../../shared/rules/template-text'
import type { Blocks } from '../blocks'

/** The record a record-bound kind is made from: one variant per record type (DOCUMENT_RECORD_SOURCES). */
export type KindRecord = { type: Extract<DocumentRecordType, 'seizure'>; seizure: Seizure }

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
  titleLines: string[]
  lines: TemplateLine[]
}

/** A list a Word template may loop over, with each line's values. */
export interface KindLoop extends DocumentLoopInfo {
  rows(ctx: KindContext): Record<string, string>[]
}

/** A document kind = data (placeholder values) + template wording + layout. */
export interface DocumentKindDef {
  kind: DocumentKind
  label: string
  placeholders: PlaceholderInfo[]
  defaultTemplate: { title: string; body: string }
  /**
   * Made from one record of this type by the record's own operation, never from the 生成文书 form.
   * `sample` stands in for it when previewing the wording in 文书 → 模板.
   */
  fromRecord?: { type: KindRecord['type']; sample(): KindRecord }
  /** Lists an uploaded Word template may repeat ({{#物品}}…{{/物品}}). */
  loops?: KindLoop[]
  /** Every placeholder's value, from records and the agency profile plus the user's inputs. */
  values(ctx: KindContext): Record<string, string>
  /** The page: fixed layout around the filled wording. */
  layout(b: Blocks, filled: FilledTemplate, ctx: KindContext): FileChild[]
  /** Lines over the page number on every page (a form signed sheet by sheet). */
  footerLines?(b: Blocks, ctx: KindContext): Paragraph[]
  /** Per-input refusals (input name → Chinese message) beyond "is it one of my inputs". */
  checkInputs?(inputs: Readonly<Record<string, string>>): Record<string, string>
  /** Ids of the records the document was made from, for the archive. */
  recordIds(ctx: KindContext): string[]
}
