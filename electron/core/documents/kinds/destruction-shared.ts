import type { Batch, BatchLine, BatchTotals, UnitTotal } from '../../../../shared/api/destruction-types'
import type { AgencyProfile } from '../../../../shared/api/settings'
import { DESTRUCTION_METHODS, WITNESS_CAPACITIES } from '../../../../shared/domain/destruction'
import type { DocumentKind } from '../../../../shared/domain/documents'
import { DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documents'
import { ITEM_CATEGORIES } from '../../../../shared/domain/seizures'
import { formatChineseDate } from '../../../../shared/rules/chinese-date'
import { formatKg, formatQty, formatYuan } from '../../../../shared/rules/decimal'
import { moneyInWords } from '../../../../shared/rules/money-words'
import { AppError } from '../../errors'
import { shareOf, totalsOf } from '../../destruction/share'
import { sampleBatch } from './destruction-sample'
import { recordSamples } from './record-samples'
import type { ArchiveFields, DocumentKindDef, KindContext, KindLoop, KindRecord } from './types'

// What the four documents of a destruction batch (公告, 清单, 记录, 审批表) share: the batch from the context,
// the lines and totals they print (planned before the batch is executed, destroyed after), the placeholders
// and their values, the 物品 loop of an uploaded Word template, the sample for 文书 → 模板.

export const batchOf = (ctx: KindContext): Batch => {
  if (ctx.record?.type !== 'destruction_batch') throw new AppError('INTERNAL', '销毁文书缺少销毁批次')
  return ctx.record.batch
}

export const photosOf = (ctx: KindContext): number => (ctx.record?.type === 'destruction_batch' ? (ctx.record.photos ?? 0) : 0)

export const isExecuted = (b: Batch): boolean => b.status === 'executed' && b.destroyed !== null

/** Which quantities a document prints: the plan (公告, 审批表), or what was destroyed once executed (清单, 记录). */
export type Basis = 'planned' | 'actual'

/** A line as a document prints it: the quantity, weight and value of the plan or of what was destroyed. */
export interface DocLine {
  line: BatchLine
  qtyMilli: number
  weightG: number | null
  valueFen: number | null
}

/** The lines in print order (by category, in order of first appearance, then by position); lines destroyed to nothing are left out. */
export function docLines(b: Batch, basis: Basis): DocLine[] {
  const actual = basis === 'actual' && isExecuted(b)
  const rows: DocLine[] = b.lines.map((l) =>
    actual
      ? { line: l, qtyMilli: l.destroyedMilli ?? 0, weightG: l.destroyedWeightG, valueFen: shareOf(l.valueFen, l.destroyedMilli ?? 0, l.plannedMilli) }
      : { line: l, qtyMilli: l.plannedMilli, weightG: l.plannedWeightG, valueFen: l.valueFen },
  )
  const live = rows.filter((r) => r.qtyMilli > 0)
  const order = [...new Set(live.map((r) => r.line.category))]
  return order.flatMap((c) => live.filter((r) => r.line.category === c))
}

/** Totals of exactly the lines printed, so each subtotal is the sum of its rows. */
export const docTotals = (rows: readonly DocLine[]): BatchTotals =>
  totalsOf(rows.map((r) => ({ category: r.line.category, unit: r.line.unit, qtyMilli: r.qtyMilli, weightG: r.weightG, valueFen: r.valueFen })))

/** 120双、30瓶: each unit apart, never added across units. */
export const unitsText = (units: readonly UnitTotal[]): string => units.map((u) => `${formatQty(u.qtyMilli)}${u.unit}`).join('、')

export const qtyText = (r: DocLine): string => `${formatQty(r.qtyMilli)}${r.line.unit}`

/** 共6项，120双、30瓶，重量96千克，货值6,000.00元: what is unknown (no weight, no value) is left out. */
export function totalsText(t: { lines: number; units: readonly UnitTotal[]; weightG: number; valueFen: number }): string {
  return [`共${t.lines}项`, unitsText(t.units), ...(t.weightG ? [`重量${formatKg(t.weightG)}千克`] : []), ...(t.valueFen ? [`货值${formatYuan(t.valueFen)}元`] : [])].filter(Boolean).join('，')
}

export const categoryLabel = (c: keyof typeof ITEM_CATEGORIES): string => ITEM_CATEGORIES[c]

/** One line per category, numbered as a 公文's third level (not a heading): 1.服装鞋帽：共2项，120双、3箱，…。 */
export const categoryLines = (t: BatchTotals): string => t.byCategory.map((c, i) => `${i + 1}.${categoryLabel(c.category)}：${totalsText(c)}。`).join('\n')

export const officerText = (b: Batch) => b.officers.map((o) => `${o.name}（执法证号：${o.certNo}）`).join('、')
export const supervisorText = (b: Batch) => b.supervisors.map((s) => `${s.name}（${s.office}）`).join('、')
export const witnessText = (b: Batch) => b.witnesses.map((w) => `${w.name}（${WITNESS_CAPACITIES[w.capacity]}，${w.unit}）`).join('、')

/** A date to write by hand where the fact is not known yet. */
export const HAND_DATE = '＿＿＿＿年＿＿月＿＿日'
export const HAND_BLANK = '＿＿＿＿＿＿'

export const FIELDS: [name: string, description: string][] = [
  ['机关名称', '机关全称（设置 → 机关信息）'],
  ['联系方式', '联系人及电话（批次中未填写时为机关电话）'],
  ['批次号', '销毁批次号，如 2027-XH-003'],
  ['活动名称', '活动名称，如 2027年“3·15”集中销毁活动，可能为空'],
  ['计划销毁日期', '计划销毁日期，如 2027年3月15日'],
  ['销毁日期', '实际销毁日期；未执行时为计划销毁日期'],
  ['实际销毁日期', '实际销毁日期；未执行时为待手写的空格'],
  ['销毁地点', '销毁地点'],
  ['销毁方式', '焚烧、破碎、填埋等'],
  ['处置单位', '处置单位或接收单位，可能为空'],
  ['执行人员', '执行人员姓名和执法证号'],
  ['监督人员', '监督人员姓名和单位，可能为空'],
  ['见证人', '见证人姓名、身份和单位，可能为空'],
  ['到场媒体', '到场媒体，可能为空'],
  ['环保措施', '环保、消防、卫生措施（未填写时为“按规定做好环保、消防、卫生防护”）'],
  ['物品项数', '物品项数'],
  ['数量合计', '按单位分列的数量，如 120双、30瓶（不同单位不相加）'],
  ['重量合计', '重量合计（千克），未登记重量时为 0'],
  ['货值合计', '货值合计（元），如 6,000.00'],
  ['货值大写', '货值合计大写，如 人民币陆仟元整'],
  ['合计', '项数、数量、重量和货值，如 共6项，120双、30瓶，重量96千克，货值6,000.00元'],
  ['分类合计', '按类别的合计，每类一行，如 1.服装鞋帽：共2项，……'],
  ['申请事由', '提交审批时写的申请事由，未提交时为空'],
  ['申请人', '提交审批的人，未提交时为空'],
  ['审批意见', '审批意见，未审批时为空'],
  ['审批人', '审批人，未审批时为空'],
  ['审批日期', '审批日期，未审批时为空'],
  ['现场照片', '如“现场照片6张（见附件）”；未执行时留空待填'],
  ['成文日期', '成文日期，如 2027年3月15日'],
]

/** Every placeholder's value; the quantities by `basis`. */
export function batchValues(ctx: KindContext, basis: Basis): Record<string, string> {
  const b = batchOf(ctx)
  const t = docTotals(docLines(b, basis))
  const executed = isExecuted(b)
  const photos = photosOf(ctx)
  return {
    机关名称: ctx.agency.fullName,
    联系方式: b.contact || [ctx.agency.fullName, ctx.agency.phone].filter(Boolean).join('，'),
    批次号: b.batchNo,
    活动名称: b.campaign,
    计划销毁日期: formatChineseDate(b.plannedDate),
    销毁日期: formatChineseDate(executed ? b.execution!.actualDate : b.plannedDate),
    实际销毁日期: executed ? formatChineseDate(b.execution!.actualDate) : HAND_DATE,
    销毁地点: b.place,
    销毁方式: DESTRUCTION_METHODS[b.method],
    处置单位: b.contractor,
    执行人员: officerText(b),
    监督人员: supervisorText(b),
    见证人: witnessText(b),
    到场媒体: b.media,
    环保措施: b.environmentNote || '按规定做好环保、消防、卫生防护',
    物品项数: String(t.lines),
    数量合计: unitsText(t.units),
    重量合计: formatKg(t.weightG),
    货值合计: formatYuan(t.valueFen),
    货值大写: moneyInWords(t.valueFen),
    合计: totalsText(t),
    分类合计: categoryLines(t),
    申请事由: b.request,
    申请人: b.submittedByName ?? '',
    审批意见: b.approval?.opinion ?? '',
    审批人: b.approval?.byName ?? '',
    审批日期: b.approval ? formatChineseDate(b.approval.date) : '',
    现场照片: executed ? `现场照片${photos}张（见附件）` : '现场照片＿＿张（见附件）',
    成文日期: formatChineseDate(ctx.date),
  }
}

/** One row per printed line, for a Word template's {{#物品}}…{{/物品}} loop. */
export const itemsLoop = (basis: Basis): KindLoop => ({
  name: '物品',
  description: '销毁物品明细，每项一行：在 Word 表格的一行中写 {{#物品}}…{{/物品}}，该行按物品逐项重复',
  fields: [
    ['序号', '1'],
    ['类别', '服装鞋帽'],
    ['登记号', '2026-0012'],
    ['决定书文号', 'X市监处罚〔2026〕30号（没收的处罚决定书文号）'],
    ['当事人', 'XX县东方商行有限公司'],
    ['品名', '运动鞋'],
    ['品牌', 'NIKE'],
    ['规格', '42码'],
    ['数量', '120'],
    ['单位', '双'],
    ['重量', '96（千克，未登记时为空）'],
    ['货值', '36,000.00（元，未登记时为空）'],
  ].map(([name, sample]) => ({ name: name!, description: `每项的${name}`, input: false, sample: sample! })),
  rows: (ctx) =>
    docLines(batchOf(ctx), basis).map((r, i) => ({
      序号: String(i + 1),
      类别: categoryLabel(r.line.category),
      登记号: r.line.registerNo,
      决定书文号: r.line.confiscationDocNo,
      当事人: r.line.partyName,
      品名: r.line.name,
      品牌: r.line.brand,
      规格: r.line.spec,
      数量: formatQty(r.qtyMilli),
      单位: r.line.unit,
      重量: r.weightG === null ? '' : formatKg(r.weightG),
      货值: r.valueFen === null ? '' : formatYuan(r.valueFen),
    })),
})

// Samples from the made-up batch (record-samples.ts).
export const sampleRecord = (agency: AgencyProfile): KindRecord => ({ type: 'destruction_batch', batch: sampleBatch(agency.shortName || 'X市监'), photos: 6 })

/** What the four kinds have alike; each adds its template, its layout and what it prints. */
export function batchKind(
  kind: Extract<DocumentKind, `destruction_${string}`>,
  basis: Basis,
  def: Pick<DocumentKindDef, 'defaultTemplate' | 'layout'> & Partial<Pick<DocumentKindDef, 'footerLines' | 'pageNumbers'>>,
): DocumentKindDef {
  const values = (ctx: KindContext) => batchValues(ctx, basis)
  return {
    kind,
    label: DOCUMENT_KIND_LABELS[kind],
    ...recordSamples(FIELDS, values, sampleRecord, '2027-03-15'),
    fromRecord: { type: 'destruction_batch', sample: sampleRecord },
    loops: [itemsLoop(basis)],
    values,
    recordIds: (ctx) => [batchOf(ctx).id],
    archiveFields: (ctx): ArchiveFields => ({ registerNo: batchOf(ctx).batchNo }),
    fileNameParts: (title, ctx) => [title, batchOf(ctx).batchNo],
    ...def,
  }
}
