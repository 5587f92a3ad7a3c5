import { formatChineseDate } from '../../../../shared/rules/chinese-date'
import { formatYuan } from '../../../../shared/rules/decimal'
import { moneyInWords } from '../../../../shared/rules/money-words'
import type { Blocks } from '../blocks'
import { officialDocument } from '../official'
import { amountText, caseKind, caseOf, HAND_BLANK, moneyDueFen, partyLines, penaltyItems, penaltyLines } from './case-shared'
import type { FilledTemplate, KindContext } from './types'

// 行政处罚决定书 from a decided case, with the contents 行政处罚法 Art. 59 requires: the party's name and address,
// the facts and evidence, the provisions violated, the penalties and their basis (money in figures and words),
// how and by when to perform them, the ways and terms of 复议 and 诉讼 (in the editable wording), the agency and
// the decision date, under its seal. Served on the party: nothing is masked here. A 公文 page without a 版头
// (official.ts), the decision's 文号 under the title as the SAMR 文书格式 places it.

const FIELDS = [
  ['机关名称', '机关全称（设置 → 机关信息）'],
  ['决定书文号', '行政处罚决定书文号，如 X市监处罚〔2026〕8号'],
  ['案件编号', '案件编号，如 2026-AJ-0008'],
  ['当事人', '当事人名称或姓名'],
  ['当事人情况', '当事人名称、统一社会信用代码或身份证件号码、法定代表人（负责人、经营者）、住所（住址），每项一行'],
  ['当事人地址', '当事人住所（住址），未登记时为待手写的空格'],
  ['立案日期', '立案日期，如 2026年9月1日'],
  ['违法事实', '违法事实'],
  ['证据', '证据摘要，未填写时为待手写的空格'],
  ['违反的规定', '违反的法律、法规、规章条款，未填写时为待手写的空格'],
  ['处罚依据', '行政处罚的依据，未填写时为待手写的空格'],
  ['处罚内容', '处罚种类和金额（数字和大写），每项一行'],
  ['罚没款合计', '罚款和没收违法所得合计（元），如 30,000.00'],
  ['罚没款大写', '罚没款合计大写，如 人民币叁万元整'],
  ['履行方式和期限', '缴纳罚没款的方式和期限（有罚没款时），或履行本决定的期限'],
  ['承办单位', '承办单位'],
  ['执法人员', '执法人员姓名和执法证号'],
  ['决定日期', '作出处罚决定的日期，如 2026年9月25日'],
  ['成文日期', '成文日期，如 2026年9月25日'],
] as const

/** How and by when to perform the decision (Art. 59(4), Art. 67, Art. 72). */
function performance(fineFen: number, dueFen: number): string {
  if (dueFen === 0) return '当事人应当自收到本决定书之日起十五日内履行本决定。'
  const pay = `当事人应当自收到本决定书之日起十五日内，将罚没款${amountText(dueFen)}缴至指定银行或者通过电子支付系统缴纳。`
  return fineFen > 0 ? `${pay}到期不缴纳罚款的，本局可以每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。` : pay
}

function values(ctx: KindContext): Record<string, string> {
  const c = caseOf(ctx)
  const fine = c.penaltyKinds.includes('fine') ? c.fineFen : 0
  const due = moneyDueFen(c)
  const or = (s: string) => s.trim() || HAND_BLANK
  return {
    机关名称: ctx.agency.fullName,
    决定书文号: c.decisionNo,
    案件编号: c.caseNo,
    当事人: c.party.name,
    当事人情况: partyLines({ ...c.party, address: or(c.party.address) }).join('\n'),
    当事人地址: or(c.party.address),
    立案日期: formatChineseDate(c.filingDate),
    违法事实: c.facts.trim(),
    证据: or(c.evidence),
    违反的规定: or(c.provisionsViolated),
    处罚依据: or(c.legalBasis),
    处罚内容: penaltyLines(penaltyItems(c)),
    罚没款合计: formatYuan(due),
    罚没款大写: moneyInWords(due),
    履行方式和期限: performance(fine, due),
    承办单位: c.unit,
    执法人员: c.officers.map((o) => `${o.name}（执法证号：${o.certNo}）`).join('、'),
    决定日期: c.decisionDate ? formatChineseDate(c.decisionDate) : HAND_BLANK,
    成文日期: formatChineseDate(ctx.date),
  }
}

function layout(b: Blocks, filled: FilledTemplate, ctx: KindContext) {
  const c = caseOf(ctx)
  // Signed with the decision's own date (Art. 59(6)), whatever day the copy is printed.
  const page = officialDocument(b, { titleLines: filled.titleLines, lines: filled.lines, agencyName: ctx.agency.fullName, date: c.decisionDate ?? ctx.date, sealed: true })
  return c.decisionNo ? [...page.slice(0, filled.titleLines.length), b.documentNumber(c.decisionNo), ...page.slice(filled.titleLines.length)] : page
}

export const caseDecisionKind = caseKind('case_decision', FIELDS, {
  defaultTemplate: {
    title: '{{机关名称}}\n行政处罚决定书',
    body: [
      '{{当事人情况}}',
      '本局于{{立案日期}}对当事人涉嫌违法一案立案调查，现已调查终结。',
      '经查，{{违法事实}}',
      '上述事实，有{{证据}}等证据证明。',
      '本局认为，当事人的上述行为违反了{{违反的规定}}的规定。依据{{处罚依据}}的规定，本局决定对当事人作出如下行政处罚：',
      '{{处罚内容}}',
      '{{履行方式和期限}}',
      '当事人如不服本处罚决定，可以自收到本决定书之日起六十日内依法申请行政复议，也可以自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。行政复议和行政诉讼期间，本决定不停止执行，法律另有规定的除外。',
    ].join('\n'),
  },
  values,
  layout,
})
