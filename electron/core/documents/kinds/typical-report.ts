import type { FileChild } from 'docx'
import { formatChineseDate } from '../../../../shared/rules/chinese-date'
import type { Blocks } from '../blocks'
import { FormBlocks } from '../form-blocks'
import { ZIHAO } from '../units'
import { caseRow, typicalKind, typicalOf } from './typical-shared'
import type { FilledTemplate, KindContext } from './types'

// 典型案例报送表: what the city asks of each county by its date — one ruled table of the collection's cases in
// order (序号, 案件名称, 决定书文号, 违法类型, 处罚结果, 罚没款金额, 承办单位, 联系人), the header repeating on every
// page, the closing wording and the lines the 填报人 and 审核人 sign. The 案件名称 and 处罚结果 are masked as the
// collection prints them.

const HEAD = ['序号', '案件名称', '决定书文号', '违法类型', '处罚结果', '罚没款\n金额（元）', '承办单位', '联系人']
const KEYS = ['序号', '案件名称', '决定书文号', '违法类型', '处罚结果', '罚没款金额', '承办单位', '联系人'] as const
const CLOSING_PT = ZIHAO.四号

const FIELDS = [
  ['机关名称', '机关全称（设置 → 机关信息）'],
  ['案例集名称', '案例集的名称，如 2026年度行政处罚典型案例'],
  ['年度', '案例集的年度，如 2026'],
  ['案例数', '案例集中案例的件数，如 10'],
  ['成文日期', '报送日期，如 2027年3月1日'],
] as const

function values(ctx: KindContext): Record<string, string> {
  const d = typicalOf(ctx)
  return { 机关名称: ctx.agency.fullName, 案例集名称: d.collection.name, 年度: String(d.collection.year), 案例数: String(d.cases.length), 成文日期: formatChineseDate(ctx.date) }
}

function layout(b: Blocks, filled: FilledTemplate, ctx: KindContext): FileChild[] {
  const d = typicalOf(ctx)
  const f = new FormBlocks(b.fonts)
  const rows = d.cases.map((x, i) => caseRow(d, x, i + 1)).map((r) => KEYS.map((k) => r[k] ?? ''))
  return [
    ...f.title(filled.titleLines),
    f.fieldGrid([
      ['报送单位', ctx.agency.fullName],
      ['报送日期', formatChineseDate(ctx.date)],
      ['案例集', d.collection.name],
      ['案例数', `${d.cases.length}件`],
    ]),
    f.gap(4),
    b.table(HEAD, rows, {
      widths: 'content',
      nowrap: [true, false, true, true, false, true, false, true],
      shares: [1, 3, 2, 1, 3, 1, 2, 1],
      align: ['center', 'left', 'left', 'left', 'left', 'right', 'left', 'center'],
      sizePt: ZIHAO.五号,
      closing: [
        ...f.wording(filled.lines, CLOSING_PT, { roomPt: 6 }),
        f.signLine(['填报人：', { blank: 6 }, '\u3000审核人：', { blank: 6 }, '\u3000联系电话：', { blank: 'rest' }], { sizePt: CLOSING_PT, roomPt: 8 }),
      ],
    }),
  ]
}

export const typicalReportKind = typicalKind('typical_report', FIELDS, {
  defaultTemplate: {
    title: '{{案例集名称}}报送表',
    body: '以上{{案例数}}件案例均已审核定稿；当事人及个人信息已按规定作脱敏处理。',
  },
  values,
  layout,
})
