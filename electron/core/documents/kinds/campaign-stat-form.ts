import type { FileChild, Paragraph, Table } from 'docx'
import { formNotes } from '../../../../shared/domain/campaigns'
import { formatChineseDate } from '../../../../shared/rules/chinese-date'
import type { Blocks } from '../blocks'
import { FormBlocks } from '../form-blocks'
import { ZIHAO } from '../units'
import { CAMPAIGN_FIELDS, campaignKind, campaignOf, campaignValues, itemFigures, itemLabel, type CampaignDocument } from './campaign-shared'
import type { FilledTemplate, KindContext } from './types'

// 活动情况统计表: the real form's layout — 填报单位 and 时间 over one ruled table of the items in two column-sets
// (项目 / 单位 / 合计, twice: the first half of the items on the left, the rest on the right, in the form's order,
// so a 30-item form fits one A4 portrait page), the text items (亮点活动, 其他) under it in full width, the form's
// notes and the lines to sign. An item under a heading prints as "heading：item" (送法下基层：进企业), which reads
// without a merged row and keeps every row the same height.

const HEAD = ['项目', '单位', '合计', '项目', '单位', '合计']
const SIZE = ZIHAO.五号
/** The grid a size smaller than the text under it, as statistics forms are set: a 35-item form stays on one page. */
const GRID_SIZE = ZIHAO.小五

/** The count rows paired left and right, and the text items. */
export function statFormRows(d: CampaignDocument): { rows: string[][]; texts: [string, string][] } {
  const all = itemFigures(d)
  const counted = all.filter((x) => x.item.kind !== 'text').map((x) => [itemLabel(x.item), x.item.unitWord, x.text])
  const half = Math.ceil(counted.length / 2)
  const rows = Array.from({ length: half }, (_, i) => [...counted[i]!, ...(counted[i + half] ?? ['', '', ''])])
  const texts = all.filter((x) => x.item.kind === 'text').map((x) => [x.item.name, x.text || '无'] as [string, string])
  return { rows, texts }
}

/** The bureau fills its sum of the units in its own name, as it reports upward; a unit in the unit's. */
export const unitText = (d: CampaignDocument, agencyName: string) => d.unit || agencyName

/**
 * The table and what follows it, for the form and for the 活动总结's 附件. With a `closing` (the form's wording and
 * signatures) the texts and notes go into it, kept with the table's last rows; without one (the 附件, nothing to
 * sign) they follow the table, so the table stays whole on its page and only they flow on.
 */
export function statFormTable(b: Blocks, d: CampaignDocument, ctx: KindContext, closing?: (Paragraph | Table)[]) {
  const f = new FormBlocks(b.fonts)
  const { rows, texts } = statFormRows(d)
  const after = [
    ...texts.map(([name, text]) => f.line(`${name}：${text}`, { sizePt: SIZE })),
    ...formNotes(d.campaign.kind).map((n, i) => f.line(`${i === 0 ? '注：' : '\u3000\u3000'}${i + 1}. ${n}`, { sizePt: SIZE })),
  ]
  const table = b.table(HEAD, rows, {
    widths: [4.4, 1, 2.2, 4.4, 1, 2.2],
    align: ['left', 'center', 'right', 'left', 'center', 'right'],
    sizePt: GRID_SIZE,
    ...(closing ? { closing: [...after, ...closing] } : {}),
  })
  return [
    f.fieldGrid([
      ['填报单位', unitText(d, ctx.agency.fullName)],
      ['时间', formatChineseDate(ctx.date)],
    ]),
    ...(d.unit === '' && d.reportedUnits.length < d.campaign.units.length ? [f.line(`（${d.campaign.units.length}个参与单位中${d.reportedUnits.length}个已报送）`, { sizePt: SIZE })] : []),
    f.gap(4),
    table,
    ...(closing ? [] : after),
  ]
}

function layout(b: Blocks, filled: FilledTemplate, ctx: KindContext): FileChild[] {
  const d = campaignOf(ctx)
  const f = new FormBlocks(b.fonts)
  return [
    ...f.title(filled.titleLines),
    ...statFormTable(b, d, ctx, [
      ...f.wording(filled.lines, SIZE, { roomPt: 6 }),
      f.signLine(['填表人：', { blank: 6 }, '\u3000审核人：', { blank: 6 }, '\u3000报送时间：', formatChineseDate(ctx.date)], { sizePt: SIZE, roomPt: 8 }),
    ]),
  ]
}

export const campaignStatFormKind = campaignKind('campaign_stat_form', CAMPAIGN_FIELDS, {
  defaultTemplate: { title: '{{活动名称}}情况统计表', body: '以上数字经本单位核实，如实填报。' },
  values: campaignValues,
  layout,
})
