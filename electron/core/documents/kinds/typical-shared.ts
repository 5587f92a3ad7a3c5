import type { CaseRecord } from '../../../../shared/api/case-types'
import type { AgencyProfile } from '../../../../shared/api/settings'
import type { TypicalCollection, TypicalText } from '../../../../shared/api/typical-types'
import type { TypicalDocumentKind } from '../../../../shared/domain/documents'
import { DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documents'
import type { TypicalStatus } from '../../../../shared/domain/typical-cases'
import { AppError } from '../../errors'
import { CASE_FIELDS } from '../../../../shared/domain/cases'
import { formatYuan } from '../../../../shared/rules/decimal'
import { publishedSections } from '../../../../shared/rules/public-text'
import { TYPICAL_SECTION_KEYS } from '../../../../shared/domain/typical-cases'
import { moneyDueFen, penaltyItems, publicCaseText } from './case-shared'
import { sampleTypical } from './typical-sample'
import { recordSamples } from './record-samples'
import type { ArchiveFields, DocumentKindDef, KindContext, KindLoop, KindRecord } from './types'

// What the two documents of a 典型案例 collection (the collection itself, the 报送表) share: the collection and
// its cases from the context, each case's text as published — every section once more through the one masking
// function (shared/rules/mask.ts via publicCaseText), whatever the writer typed into it — and the sample for
// 文书 → 模板.

/** One case of the collection as the documents print it: the text of its finalised version and its case. */
export interface TypicalDocCase {
  entryId: string
  status: TypicalStatus
  text: TypicalText
  /** Numbers the writer confirmed as meant to stay (never an ID number). */
  confirmed: string[]
  penaltyCase: CaseRecord
}

export interface TypicalDocument {
  collection: TypicalCollection
  /** In the collection's order. */
  cases: TypicalDocCase[]
  /** A natural person's own name printed as 张某某 (设置 → 典型案例). */
  maskOwnName: boolean
}

export const typicalOf = (ctx: KindContext): TypicalDocument => {
  if (ctx.record?.type !== 'typical_collection') throw new AppError('INTERNAL', '典型案例文书缺少案例集')
  return ctx.record.typical
}

/** A case's sections as published: the party's home address cut, ID numbers, accounts, phones and named persons masked. */
export function publishedText(d: TypicalDocument, x: TypicalDocCase): TypicalText {
  return publishedSections(x.penaltyCase, x.text, TYPICAL_SECTION_KEYS, { maskOwnName: d.maskOwnName, confirmed: x.confirmed, persons: x.text.persons })
}

/** One row of the 报送表, and one repetition of a Word template's {{#案例}} loop: a case as published. */
export function caseRow(d: TypicalDocument, x: TypicalDocCase, n: number): Record<string, string> {
  const t = publishedText(d, x)
  const c = x.penaltyCase
  const masked = (s: string) => publicCaseText(c, s, { ownName: d.maskOwnName, names: x.text.persons })
  return {
    序号: String(n),
    案件名称: t.title,
    决定书文号: c.decisionNo,
    违法类型: CASE_FIELDS[c.field],
    处罚结果: penaltyItems(c, masked).join('；'),
    罚没款金额: formatYuan(moneyDueFen(c)),
    承办单位: c.unit,
    联系人: c.officers[0]?.name ?? '',
    当事人: t.party,
    案情简介: t.summary,
    典型意义: t.significance,
    法律依据: t.legalBasis,
  }
}

const LOOP_SAMPLES: [string, string][] = [
  ['序号', '1'],
  ['案件名称', '王某某销售过期食品案'],
  ['决定书文号', 'X市监处罚〔2026〕15号'],
  ['违法类型', '食品安全'],
  ['处罚结果', '罚款8,000.00元（人民币捌仟元整）'],
  ['罚没款金额', '8,000.00（元：罚款与没收违法所得之和）'],
  ['承办单位', '南山市场监督管理所'],
  ['联系人', '张三（案件的第一名执法人员）'],
  ['当事人', '当事人：王某某（已脱敏）'],
  ['案情简介', '2026年9月，……（已脱敏）'],
  ['典型意义', '食品安全无小事。……'],
  ['法律依据', '《中华人民共和国食品安全法》第一百二十四条'],
]

export const casesLoop: KindLoop = {
  name: '案例',
  description: '案例集中的案例，按发布顺序：在 Word 表格的一行（或一段）中写 {{#案例}}…{{/案例}}，按案例逐件重复；文本均已脱敏',
  fields: LOOP_SAMPLES.map(([name, sample]) => ({ name, description: `每件案例的${name}`, input: false, sample })),
  rows: (ctx) => {
    const d = typicalOf(ctx)
    return d.cases.map((x, i) => caseRow(d, x, i + 1))
  },
}

export const sampleRecord = (agency: AgencyProfile): KindRecord => ({ type: 'typical_collection', typical: sampleTypical(agency.shortName || 'X市监') })

/** What the two kinds have alike; each adds its placeholders, values, template and layout. */
export function typicalKind(
  kind: TypicalDocumentKind,
  fields: readonly (readonly [name: string, description: string])[],
  def: Pick<DocumentKindDef, 'defaultTemplate' | 'layout' | 'values'>,
): DocumentKindDef {
  return {
    kind,
    label: DOCUMENT_KIND_LABELS[kind],
    ...recordSamples(fields, def.values, sampleRecord, '2026-03-10'),
    fromRecord: { type: 'typical_collection', sample: sampleRecord },
    // The collection and every case it prints: the archive finds the document from any of them.
    recordIds: (ctx) => {
      const d = typicalOf(ctx)
      return [d.collection.id, ...d.cases.map((x) => x.penaltyCase.id)]
    },
    archiveFields: (ctx): ArchiveFields => ({ registerNo: typicalOf(ctx).collection.name }),
    fileNameParts: (title) => [title],
    loops: [casesLoop],
    ...def,
  }
}
