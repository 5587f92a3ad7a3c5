import type { FileChild } from 'docx'
import type { Blocks } from '../blocks'
import { officialDocument } from '../official'
import { BUILT_IN_ITEMS, CAMPAIGN_FIELDS, campaignKind, campaignOf, campaignValues, itemFigures } from './campaign-shared'
import { statFormTable } from './campaign-stat-form'
import type { FilledTemplate, KindContext } from './types'

// 活动总结: written from the campaign's figures — every item of its form is a placeholder by its key (counts as
// numbers, money in 元, weight in 千克, texts as the units wrote them), beside the campaign's facts — in the
// office's wording, with the bureau's 活动情况统计表 as 附件.

const FIELDS: readonly (readonly [string, string])[] = [
  ...CAMPAIGN_FIELDS,
  ['已报送单位数', '已报送统计数字的单位个数'],
  ...BUILT_IN_ITEMS.map((i) => [i.key, `统计表项目“${i.group ? `${i.group}：` : ''}${i.name}”${i.unitWord ? `（${i.unitWord}）` : ''}的合计`] as const),
]

function values(ctx: KindContext): Record<string, string> {
  const d = campaignOf(ctx)
  const figures = Object.fromEntries(itemFigures(d).map((x) => [x.item.key, x.text || (x.item.kind === 'text' ? '（无）' : '0')]))
  // Items of the built-in forms the campaign does not have print as 0, so one wording serves every campaign.
  const absent = Object.fromEntries(BUILT_IN_ITEMS.map((i) => [i.key, i.kind === 'text' ? '（无）' : '0']))
  return { ...absent, ...figures, ...campaignValues(ctx), 已报送单位数: String(d.reportedUnits.length) }
}

function layout(b: Blocks, filled: FilledTemplate, ctx: KindContext): FileChild[] {
  const d = campaignOf(ctx)
  return officialDocument(b, { titleLines: filled.titleLines, lines: filled.lines, agencyName: ctx.agency.fullName, date: ctx.date, sealed: true, attachments: [{ name: `${d.campaign.name}情况统计表`, content: statFormTable(b, d, ctx) }] })
}

export const campaignSummaryKind = campaignKind('campaign_summary', FIELDS, {
  defaultTemplate: {
    title: '{{机关名称}}{{活动名称}}工作总结',
    body: [
      '一、基本情况',
      '{{活动期间}}，我局围绕“{{年主题}}”主题，由{{牵头单位}}牵头，{{参与单位}}共同参与，组织开展了{{活动名称}}。活动期间，共出动工作人员{{出动工作人员}}人次，党政领导参加{{党政领导参加}}人次；开展送法下基层进企业{{进企业}}次、进社区{{进社区}}次、进农村{{进农村}}次；群众参加咨询活动{{群众参加咨询活动}}人，发放宣传材料{{发放宣传材料}}份；受理消费者投诉{{受理投诉}}件、举报{{受理举报}}件、咨询{{受理咨询}}件。',
      '执法办案方面，作出查封、扣押决定{{查扣件数}}件，涉案物品货值{{查扣货值}}元；集中销毁侵权假冒伪劣商品{{销毁重量}}千克，货值{{销毁货值}}元；发布典型案例{{发布典型案例}}件。',
      '二、主要做法',
      '{{亮点活动}}',
      '三、存在的问题',
      '（请写明活动中存在的问题和不足。）',
      '四、下一步打算',
      '（请写明下一步的工作打算。）',
    ].join('\n'),
  },
  values,
  layout,
})
