import { officialDocument } from '../official'
import { batchKind } from './destruction-shared'

// 关于集中销毁侵权假冒伪劣商品的公告: published before the event, a 公文 without a 版头 (official.ts) with the
// date, the place, the goods by category with their totals (as planned) and whom to contact.

export const destructionNoticeKind = batchKind('destruction_notice', 'planned', {
  defaultTemplate: {
    title: '{{机关名称}}\n关于集中销毁侵权假冒伪劣商品的公告',
    body: [
      '为维护公平竞争的市场秩序，保护消费者和经营者的合法权益，本局定于{{计划销毁日期}}在{{销毁地点}}对依法没收的侵权假冒伪劣商品进行集中销毁。现将有关事项公告如下：',
      '一、销毁物品。本次销毁的物品{{合计}}，其中：',
      '{{分类合计}}',
      '二、销毁方式。采取{{销毁方式}}方式进行无害化销毁，{{环保措施}}。',
      '三、社会监督。销毁现场邀请人大代表、政协委员、消费者代表和新闻媒体见证，欢迎社会各界监督。联系方式：{{联系方式}}。',
      '特此公告。',
    ].join('\n'),
  },
  layout: (b, filled, ctx) =>
    officialDocument(b, { titleLines: filled.titleLines, lines: filled.lines, agencyName: ctx.agency.fullName, date: ctx.date, sealed: true }),
})
