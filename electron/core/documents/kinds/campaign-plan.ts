import type { FileChild } from 'docx'
import type { Blocks } from '../blocks'
import { officialDocument } from '../official'
import { ZIHAO } from '../units'
import { CAMPAIGN_FIELDS, campaignKind, campaignOf, campaignValues } from './campaign-shared'
import type { FilledTemplate, KindContext } from './types'

// 活动方案: the office's plan as an official document in its editable wording (the parts of a real county 3·15
// plan: theme, time, organisation, the works, requirements with the report deadline), and the 任务分解表 as 附件 —
// the live tasks in order, in the six columns of the real table, its header repeating on every page.

const HEAD = ['序号', '具体工作安排', '责任科室', '配合部门', '负责人', '负责领导']

function layout(b: Blocks, filled: FilledTemplate, ctx: KindContext): FileChild[] {
  const { campaign: c } = campaignOf(ctx)
  const tasks = c.tasks.filter((t) => t.voided === null)
  const rows = tasks.map((t) => [String(t.seq), t.dueDate ? `${t.work}（${Number(t.dueDate.slice(5, 7))}月${Number(t.dueDate.slice(8, 10))}日前完成）` : t.work, t.leadOffice, t.partners, t.owner, t.leader])
  const table = b.table(HEAD, rows.length > 0 ? rows : [['', '', '', '', '', '']], {
    // Fixed shares, not widths from the content: the works are the table, and a column that saves a line of
    // its own must not narrow them (a four-character name still fits 负责人 on one line).
    widths: [1.1, 5.8, 2.6, 2.6, 1.8, 1.8],
    align: ['center', 'left', 'left', 'left', 'center', 'center'],
    sizePt: ZIHAO.五号,
  })
  return officialDocument(b, { titleLines: filled.titleLines, lines: filled.lines, agencyName: ctx.agency.fullName, date: ctx.date, sealed: true, attachments: [{ name: '任务分解表', content: [table] }] })
}

export const campaignPlanKind = campaignKind('campaign_plan', CAMPAIGN_FIELDS, {
  defaultTemplate: {
    title: '{{机关名称}}{{活动名称}}方案',
    body: [
      '为切实保护消费者合法权益，营造安全放心的消费环境，根据上级部署，结合我县实际，制定本方案。',
      '一、活动主题',
      '{{年主题}}',
      '二、活动时间',
      '{{活动期间}}。',
      '三、组织领导',
      '本次活动由{{牵头单位}}牵头，{{参与单位}}共同参与，按照任务分解表（见附件）明确的分工抓好落实。',
      '四、主要活动',
      '（请写明宣传周、集中咨询、集中销毁、“五进”、12315值守、公布典型案例等活动的安排，具体任务见附件。）',
      '五、工作要求',
      '各单位要高度重视，精心组织，确保各项活动取得实效。请各单位于{{报送截止日期}}前将活动工作总结、统计表、宣传信息、各种宣传活动和专项检查照片（注明时间、地点、内容）上报{{牵头单位}}（书式盖章和电子版一并上报）。',
    ].join('\n'),
  },
  values: campaignValues,
  layout,
})
