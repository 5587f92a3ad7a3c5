import type { StatArea, StatReport } from '../api/stat-types'
import { officeCount, officeTons, roughMoney, wanYuan } from '../rules/office-numbers'
import { statChange } from '../rules/stat-format'

// The placeholders of the 工作总结 and the 消费维权工作情况 (统计): each a figure of the 统计 page for the same
// period, in the office's number style, listed with its meaning in 文书 → 模板. The wording around them is the
// office's: "查处各类违法案件{{查办案件数}}起，罚没款{{罚没款金额万元}}万元".

/** count: 351 / 2.56万; wan: 128.35 (万元, the template writes 万元); rough: 3600余万元; tons: 165 (吨); days; change: 同比 +12.5%. */
export type SummaryFormat = 'count' | 'wan' | 'rough' | 'tons' | 'days' | 'change'

export interface SummaryField {
  name: string
  meaning: string
  area: StatArea
  figure: string
  format: SummaryFormat
}

const f = (name: string, area: StatArea, figure: string, format: SummaryFormat, meaning: string): SummaryField => ({ name, area, figure, format, meaning })

export const SUMMARY_FIELDS: readonly SummaryField[] = [
  f('查扣件数', 'seizures', 'seizures', 'count', '期间内作出的查封、扣押和先行登记保存（件），如 128'),
  f('扣押件数', 'seizures', 'kind_detention', 'count', '其中扣押（件）'),
  f('查封件数', 'seizures', 'kind_sealing', 'count', '其中查封（件）'),
  f('先行登记保存件数', 'seizures', 'kind_preservation', 'count', '其中先行登记保存（件）'),
  f('查扣货值万元', 'seizures', 'value', 'wan', '查扣物品货值（万元，两位小数），如 56.20'),
  f('没收件数', 'seizures', 'outcome_confiscation', 'count', '期间内有没收物品的查扣（件）'),
  f('没收货值万元', 'seizures', 'outcome_confiscation_value', 'wan', '期间内没收物品的货值（万元）'),
  f('超期在扣件数', 'seizures', 'overdue', 'count', '今天已超过法定期限仍在扣的查扣（件）'),
  f('立案数', 'cases', 'filed', 'count', '期间内立案的处罚案件（起）'),
  f('查办案件数', 'cases', 'decided', 'count', '期间内作出处罚决定的案件（起），如 351'),
  f('查办案件同比', 'cases', 'decided', 'change', '查办案件数与上年同期相比，如 +12.5%（上年同期无数据时为空）'),
  f('罚款金额万元', 'cases', 'fines', 'wan', '罚款（万元）'),
  f('没收违法所得万元', 'cases', 'gains', 'wan', '没收违法所得（万元）'),
  f('罚没款金额万元', 'cases', 'fines_total', 'wan', '罚款与没收违法所得合计（万元），如 128.35'),
  f('罚没款同比', 'cases', 'fines_total', 'change', '罚没款合计与上年同期相比'),
  f('没收非法财物价值万元', 'cases', 'property', 'wan', '没收非法财物的价值（万元）'),
  f('移送公安数', 'cases', 'police', 'count', '期间内向公安机关移送涉嫌犯罪案件（件），如 185'),
  f('按期决定数', 'cases', 'in_time', 'count', '在办案期限内作出决定的案件（起）'),
  f('超期决定数', 'cases', 'late', 'count', '超过办案期限作出决定的案件（起）'),
  f('按期公示数', 'cases', 'published_on_time', 'count', '按期公示的处罚信息（起）'),
  f('逾期公示数', 'cases', 'published_late', 'count', '逾期公示的处罚信息（起）'),
  f('平均办案天数', 'cases', 'days', 'days', '立案至作出决定的平均天数'),
  f('销毁批次数', 'destructions', 'batches', 'count', '期间内执行的销毁批次（批）'),
  f('销毁吨数', 'destructions', 'weight', 'tons', '销毁物品重量（吨，两位小数），如 165'),
  f('销毁货值万元', 'destructions', 'value', 'wan', '销毁物品货值（万元）'),
  f('典型案例数', 'typical', 'entries', 'count', '期间末年度典型案例集的入选案例（件）'),
  f('服务站总数', 'stations', 'in_register', 'count', '在册的消费维权服务站（个），如 605'),
  f('新设服务站数', 'stations', 'set_up', 'count', '期间内新设立的服务站（个）'),
  f('撤销服务站数', 'stations', 'revoked', 'count', '期间内撤销的服务站（个）'),
  f('ODR企业数', 'stations', 'odr', 'count', '在册服务站中的ODR企业（个）'),
  f('无理由退货承诺数', 'stations', 'returns', 'count', '在册服务站中承诺线下无理由退货的（个）'),
  f('考核优秀数', 'stations', 'result_excellent', 'count', '期间末年度考核优秀的服务站（个）'),
  f('受理投诉数', 'stations', 'received', 'count', '服务站受理的消费投诉（件，年度考核登记）'),
  f('处理投诉数', 'stations', 'handled', 'count', '服务站处理的消费投诉（件）'),
  f('挽回经济损失万元', 'stations', 'recovered', 'wan', '服务站为消费者挽回的经济损失（万元，两位小数）'),
  f('挽回经济损失概数', 'stations', 'recovered', 'rough', '同上，取概数，如 3600余万元（含单位）'),
]

/** Tons to two decimals (trailing zeros dropped), the number alone: 165, 2.35, 0.35. */
function tons(grams: number): string {
  const t = officeTons(grams)
  if (t.endsWith('吨')) return t.slice(0, -1)
  const hundredths = Math.round(grams / 10_000)
  return (hundredths / 100).toString()
}

/** Every placeholder's text from the report (a figure the report lacks reads 0). */
export function summaryValues(r: StatReport): Record<string, string> {
  const out: Record<string, string> = {}
  for (const x of SUMMARY_FIELDS) {
    const fig = r.sections.find((s) => s.key === x.area)?.figures.find((g) => g.key === x.figure)
    const v = fig?.value ?? 0
    out[x.name] =
      x.format === 'wan' ? wanYuan(v) : x.format === 'rough' ? roughMoney(v) : x.format === 'tons' ? tons(v) : x.format === 'days' ? String(v) : x.format === 'change' ? (fig ? statChange(fig.value, fig.previous, fig.unit, fig.word) : '') : officeCount(v)
  }
  return out
}
