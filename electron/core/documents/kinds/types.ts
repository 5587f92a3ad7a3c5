import type { FileChild } from 'docx'
import type { PlaceholderInfo } from '../../../../shared/api/documents'
import type { AgencyProfile } from '../../../../shared/api/settings'
import type { DocumentKind } from '../../../../shared/domain/documents'
import type { TemplateLine } from '../../../../shared/rules/template-text'
import type { Blocks } from '../blocks'

export interface KindContext {
  agency: AgencyProfile
  /** 成文日期, YYYY-MM-DD. */
  date: string
  /** What the user typed for the kind's input placeholders. */
  inputs: Readonly<Record<string, string>>
}

export interface FilledTemplate {
  titleLines: string[]
  lines: TemplateLine[]
}

/** A document kind = data (placeholder values) + template wording + layout. */
export interface DocumentKindDef {
  kind: DocumentKind
  label: string
  placeholders: PlaceholderInfo[]
  defaultTemplate: { title: string; body: string }
  /** Every placeholder's value, from records and the agency profile plus the user's inputs. */
  values(ctx: KindContext): Record<string, string>
  /** The page: fixed layout around the filled wording. */
  layout(b: Blocks, filled: FilledTemplate, ctx: KindContext): FileChild[]
  /** Per-input refusals (input name → Chinese message) beyond "is it one of my inputs". */
  checkInputs?(inputs: Readonly<Record<string, string>>): Record<string, string>
  /** Ids of the records the document was made from, for the archive. */
  recordIds(ctx: KindContext): string[]
}
