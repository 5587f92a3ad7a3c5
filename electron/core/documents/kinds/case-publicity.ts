import { AlignmentType, BorderStyle, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type FileChild } from 'docx'
import { CASE_FIELDS } from '../../../../shared/domain/cases'
import { formatChineseDate } from '../../../../shared/rules/chinese-date'
import { maskText } from '../../../../shared/rules/mask'
import type { Blocks } from '../blocks'
import { FormBlocks } from '../form-blocks'
import { PAGE, textRun, type DocumentFonts } from '../gbt9704'
import { OffGridParagraph } from '../off-grid'
import { mmToTwip, ptToTwip, ZIHAO } from '../units'
import { caseKind, caseOf, partyLines, penaltyItems, penaltyLines, publicCaseText, publicParty } from './case-shared'
import type { FilledTemplate, KindContext } from './types'

// 行政处罚信息公示: the 行政处罚信息摘要 placed before the published 决定书 (SAMR Order 45 Art. 4) — 决定书文号,
// 当事人基本情况, 违法行为类型, 处罚内容, 处罚机关, 处罚日期 in a ruled two-column table. Public: every value
// is made from the masked party (maskParty) and masked text (maskText), so no placeholder, not even one an
// uploaded Word template uses, carries an unmasked ID number, phone, account or home address.

const SIZE = ZIHAO.四号
const TOTAL = mmToTwip(PAGE.typeAreaMm.width)
const LABEL = Math.round(TOTAL * 0.27)
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const BORDERS = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line }
const MARGINS = { top: 60, bottom: 60, left: 100, right: 100 }
/** The facts as the 摘要 quotes them: the first sentence, at most this many characters. */
const FACT_CHARS = 150

/**
 * The facts as public text: the party's own home address (a natural person's) cut to its street level, then
 * every ID number, account and phone masked. Third persons are not known to the record: no names to mask.
 */
export function publicFacts(ctx: KindContext): string {
  const c = caseOf(ctx)
  return publicCaseText(c, c.facts)
}

/** The first sentence of the masked facts, cut short with …… where longer. */
export function shortFacts(masked: string): string {
  const flat = masked.replace(/\s*\n\s*/g, '')
  const end = flat.indexOf('。')
  const first = end === -1 ? flat : flat.slice(0, end + 1)
  const chars = [...first]
  return chars.length > FACT_CHARS ? `${chars.slice(0, FACT_CHARS).join('')}……` : first
}

const FIELDS = [
  ['决定书文号', '行政处罚决定书文号，如 X市监处罚〔2026〕8号'],
  ['当事人名称', '当事人名称或姓名'],
  ['当事人基本情况', '当事人名称、统一社会信用代码或身份证件号码、法定代表人（负责人、经营者）、住所，每项一行；自然人的身份证件号码只留前6位和后4位，住址只到乡镇（街道）'],
  ['违法行为类型', '案件领域和违法事实的第一句（身份证件号码、银行账号、电话已作处理），如 知识产权/商标：当事人销售……'],
  ['违法事实摘要', '违法事实的第一句（已作处理）'],
  ['处罚内容', '处罚种类和金额（大写），每项一行'],
  ['处罚机关', '作出决定的机关（设置 → 机关信息）'],
  ['处罚日期', '作出处罚决定的日期，如 2026年9月25日'],
  ['机关名称', '机关全称（设置 → 机关信息）'],
  ['成文日期', '成文日期，如 2026年10月9日'],
] as const

function values(ctx: KindContext): Record<string, string> {
  const c = caseOf(ctx)
  const masked = publicParty(c.party)
  const short = shortFacts(publicFacts(ctx))
  return {
    决定书文号: c.decisionNo,
    当事人名称: masked.name,
    当事人基本情况: partyLines(masked).join('\n'),
    违法行为类型: `${CASE_FIELDS[c.field]}：${short}`,
    违法事实摘要: short,
    处罚内容: penaltyLines(penaltyItems(c, (s) => maskText(s, []))),
    处罚机关: ctx.agency.fullName,
    处罚日期: c.decisionDate ? formatChineseDate(c.decisionDate) : '',
    机关名称: ctx.agency.fullName,
    成文日期: formatChineseDate(ctx.date),
  }
}

const para = (fonts: DocumentFonts, text: string, centred = false) =>
  new OffGridParagraph({
    alignment: centred ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { line: ptToTwip(SIZE * 1.4), lineRule: 'exact', before: 0, after: 0 },
    children: [textRun(text, fonts, centred ? 'heading1' : 'body', { sizePt: SIZE, snapToGrid: false })],
  })

function row(fonts: DocumentFonts, label: string, content: string) {
  const cell = (width: number, children: OffGridParagraph[], centred: boolean) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, margins: MARGINS, verticalAlign: centred ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP, children })
  const lines = content.split('\n').filter((t) => t.trim())
  return new TableRow({
    cantSplit: true,
    children: [cell(LABEL, [para(fonts, label, true)], true), cell(TOTAL - LABEL, (lines.length ? lines : ['']).map((t) => para(fonts, t)), false)],
  })
}

function layout(b: Blocks, filled: FilledTemplate, ctx: KindContext): FileChild[] {
  const v = values(ctx)
  const f = new FormBlocks(b.fonts)
  const labels = ['决定书文号', '当事人基本情况', '违法行为类型', '处罚内容', '处罚机关', '处罚日期'] as const
  return [
    ...f.title(filled.titleLines),
    f.gap(10),
    ...f.wording(filled.lines, SIZE),
    f.gap(6),
    new Table({ width: { size: TOTAL, type: WidthType.DXA }, columnWidths: [LABEL, TOTAL - LABEL], layout: TableLayoutType.FIXED, borders: BORDERS, rows: labels.map((l) => row(b.fonts, l, v[l] ?? '')) }),
  ]
}

export const casePublicityKind = caseKind('case_publicity', FIELDS, {
  defaultTemplate: {
    title: '行政处罚信息摘要',
    body: '根据《市场监督管理行政处罚信息公示规定》，现将{{处罚机关}}作出的行政处罚决定信息摘要公示如下，行政处罚决定书全文附后。',
  },
  values,
  layout,
})
