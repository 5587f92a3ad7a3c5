import type { Campaign, FormItem, ReportFigure } from '../../../../shared/api/campaign-types'
import type { AgencyProfile } from '../../../../shared/api/settings'
import { builtInForm, CONSUMER_DAY_FORM, IRON_FIST_FORM, RECORD_ITEMS } from '../../../../shared/domain/campaigns'
import { DOCUMENT_KIND_LABELS, type CampaignDocumentKind } from '../../../../shared/domain/documents'
import { formatChineseDate } from '../../../../shared/rules/chinese-date'
import { formatKg, formatYuan } from '../../../../shared/rules/decimal'
import { AppError } from '../../errors'
import { recordSamples } from './record-samples'
import type { DocumentKindDef, KindContext, KindRecord } from './types'

// What the three documents of a campaign share: the campaign with the figures printed (one unit's report, or
// the bureau's sum over the units), the figure of an item as text, the facts as placeholders, and the sample
// campaign for 文书 → 模板.

export interface CampaignDocument {
  campaign: Campaign
  /** The unit whose figures are printed; '' for the whole bureau (the sum of the units' reports). */
  unit: string
  figures: ReportFigure[]
  /** The units whose reports are in the figures. */
  reportedUnits: string[]
}

export const campaignOf = (ctx: KindContext): CampaignDocument => {
  if (ctx.record?.type !== 'campaign') throw new AppError('INTERNAL', '专项行动文书缺少活动')
  return ctx.record.campaign
}

/** An item's figure as printed: counts as they are, money in 元, weight in 千克, texts as written. */
export function figureText(item: FormItem, f: ReportFigure | undefined): string {
  if (item.kind === 'text') return f?.text ?? ''
  const v = f?.value ?? 0
  return item.kind === 'money' ? formatYuan(v) : item.kind === 'weight' ? formatKg(v) : String(v)
}

export const itemLabel = (i: Pick<FormItem, 'group' | 'name'>) => (i.group ? `${i.group}：${i.name}` : i.name)

/** Each item with its figure, in the form's order. */
export function itemFigures(d: CampaignDocument): { item: FormItem; text: string }[] {
  const byItem = new Map(d.figures.map((f) => [f.itemId, f]))
  return d.campaign.items.map((item) => ({ item, text: figureText(item, byItem.get(item.id)) }))
}

export const periodText = (c: Pick<Campaign, 'startDate' | 'endDate'>) => `${formatChineseDate(c.startDate)}至${formatChineseDate(c.endDate)}`

export const CAMPAIGN_FIELDS = [
  ['机关名称', '机关全称（设置 → 机关信息）'],
  ['活动名称', '专项行动的名称，如 2027年“3·15”国际消费者权益日活动'],
  ['年主题', '当年的活动主题，如 共促消费公平'],
  ['活动期间', '如 2027年3月1日至2027年3月31日'],
  ['牵头单位', '牵头科室'],
  ['参与单位', '参与的所、队、科室，以顿号分隔'],
  ['报送截止日期', '各单位报送统计表和总结的截止日期'],
  ['成文日期', '成文日期，如 2027年3月1日'],
] as const

export function campaignValues(ctx: KindContext): Record<string, string> {
  const { campaign: c } = campaignOf(ctx)
  return {
    机关名称: ctx.agency.fullName,
    活动名称: c.name,
    年主题: c.theme || '（无）',
    活动期间: periodText(c),
    牵头单位: c.leadUnit,
    参与单位: c.units.join('、'),
    报送截止日期: c.reportDeadline ? formatChineseDate(c.reportDeadline) : '（另行通知）',
    成文日期: formatChineseDate(ctx.date),
  }
}

/** Every item key of the built-in forms, for the 活动总结's placeholders (custom items are filled too). */
export const BUILT_IN_ITEMS = [...CONSUMER_DAY_FORM, ...IRON_FIST_FORM, ...RECORD_ITEMS].filter((x, i, all) => all.findIndex((y) => y.key === x.key) === i)

/** A 2027 3·15 campaign with two units' figures summed, for 文书 → 模板. */
export function sampleCampaign(): CampaignDocument {
  const items: FormItem[] = builtInForm('consumer_day').map((d, i) => ({ id: `item-${i + 1}`, key: d.key, name: d.name, unitWord: d.unitWord, group: d.group, note: d.note, kind: d.kind, source: d.source, position: i + 1 }))
  const figures: ReportFigure[] = items.map((it, i) => ({
    itemId: it.id,
    value: it.kind === 'text' ? null : it.kind === 'money' ? 3_856_000 : it.kind === 'weight' ? 1_250_500 : (i * 7 + 3) % 40,
    text: it.kind === 'text' ? (it.key === '亮点活动' ? '城关所：在县城中心广场举办“3·15”集中咨询活动。' : '') : '',
    fromRecords: it.source !== null,
    recordValue: null,
  }))
  const stamp = '2027-03-01T01:00:00.000Z'
  const task = (seq: number, work: string, leadOffice: string, partners: string, owner: string, leader: string) => ({ id: `task-${seq}`, seq, work, leadOffice, partners, owner, leader, dueDate: '2027-03-15', status: 'not_started' as const, completionNote: '', warnings: [], photos: 0, updatedAt: stamp, version: 1, voided: null })
  const campaign: Campaign = {
    id: 'sample-campaign',
    campaignNo: '2027-ZX-01',
    name: '2027年“3·15”国际消费者权益日活动',
    kind: 'consumer_day',
    theme: '共促消费公平',
    startDate: '2027-03-01',
    endDate: '2027-03-31',
    leadUnit: '消费者权益保护科',
    units: ['城关市场监督管理所', '城东市场监督管理所'],
    reportDeadline: '2027-03-17',
    notes: '',
    status: 'locked',
    lockedAt: stamp,
    lockedByName: '李四',
    tasks: [task(1, '开展“3·15”宣传周活动', '消费者权益保护科', '各市场监督管理所', '张三', '王五'), task(2, '组织侵权假冒伪劣商品集中销毁', '执法稽查大队', '城关市场监督管理所', '李四', '王五')],
    items,
    reports: [],
    links: [],
    totals: figures,
    createdAt: stamp,
    createdByName: '张三',
    updatedAt: stamp,
    version: 3,
    voided: null,
  }
  return { campaign, unit: '', figures, reportedUnits: campaign.units }
}

export const sampleRecord = (): KindRecord => ({ type: 'campaign', campaign: sampleCampaign() })

/** What the three kinds have alike; each adds its placeholders, values, template and layout. */
export function campaignKind(
  kind: CampaignDocumentKind,
  fields: readonly (readonly [name: string, description: string])[],
  def: Pick<DocumentKindDef, 'defaultTemplate' | 'layout' | 'values'>,
  _agency?: AgencyProfile,
): DocumentKindDef {
  return {
    kind,
    label: DOCUMENT_KIND_LABELS[kind],
    ...recordSamples(fields, def.values, sampleRecord, '2027-03-01'),
    fromRecord: { type: 'campaign', sample: sampleRecord },
    recordIds: (ctx) => {
      const d = campaignOf(ctx)
      return [d.campaign.id, ...d.campaign.links.map((l) => l.recordId)]
    },
    archiveFields: (ctx) => {
      const d = campaignOf(ctx)
      return { registerNo: d.campaign.campaignNo, partyName: d.unit || '全局' }
    },
    fileNameParts: (title, ctx) => [title, campaignOf(ctx).unit || '全局'],
    ...def,
  }
}
