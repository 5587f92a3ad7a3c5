import { AlignmentType, BorderStyle, HeightRule, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type FileChild } from 'docx'
import type { Batch } from '../../../../shared/api/destruction-types'
import { formatChineseDate } from '../../../../shared/rules/chinese-date'
import type { TemplateLine } from '../../../../shared/rules/template-text'
import type { Blocks } from '../blocks'
import { FormBlocks } from '../form-blocks'
import { PAGE, textRun, type DocumentFonts } from '../gbt9704'
import { OffGridParagraph } from '../off-grid'
import { mmToTwip, ptToTwip, ZIHAO } from '../units'
import { batchKind, batchOf, categoryLines, docLines, docTotals, HAND_DATE, officerText, supervisorText, totalsText, witnessText } from './destruction-shared'
import { DESTRUCTION_METHODS } from '../../../../shared/domain/destruction'
import type { FilledTemplate, KindContext } from './types'

// 罚没物品销毁审批表: the batch, its goods by category with totals (as planned), the clerk's request and the
// approver's opinion, name and date. Printed before approval too, for a leader who signs on paper: the
// opinion box is then blank, with the lines to sign and date.

const SIZE = ZIHAO.小四
const TOTAL = mmToTwip(PAGE.typeAreaMm.width)
const LABEL = Math.round(TOTAL * 0.2)
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const BORDERS = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line }
const MARGINS = { top: 40, bottom: 40, left: 100, right: 100 }

type Piece = { text: string; align?: 'left' | 'right'; indent?: boolean }

const para = (fonts: DocumentFonts, p: Piece, role: 'body' | 'heading1' = 'body') =>
  new OffGridParagraph({
    alignment: p.align === 'right' ? AlignmentType.RIGHT : role === 'heading1' ? AlignmentType.CENTER : AlignmentType.LEFT,
    indent: p.indent ? { firstLine: ptToTwip(SIZE * 2) } : undefined,
    spacing: { line: ptToTwip(SIZE * 1.35), lineRule: 'exact', before: 0, after: 0 },
    children: [textRun(p.text, fonts, role, { sizePt: SIZE, snapToGrid: false })],
  })

/** A labelled row: the label in 黑体, centred; the content as paragraphs, at least `minPt` high. */
function row(fonts: DocumentFonts, label: string, content: readonly Piece[], minPt = 0) {
  const cell = (width: number, children: OffGridParagraph[], centred: boolean) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, margins: MARGINS, verticalAlign: centred ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP, children })
  const body = content.length ? content : [{ text: '' }]
  return new TableRow({
    cantSplit: true,
    height: minPt ? { value: ptToTwip(minPt), rule: HeightRule.ATLEAST } : undefined,
    children: [cell(LABEL, label.split('\n').map((t) => para(fonts, { text: t }, 'heading1')), true), cell(TOTAL - LABEL, body.map((p) => para(fonts, p)), false)],
  })
}

const lines = (text: string): Piece[] => text.split('\n').filter((t) => t.trim()).map((t) => ({ text: t }))
const wordingPieces = (ls: readonly TemplateLine[]): Piece[] => ls.map((l) => ({ text: l.text, indent: true }))

/** 申请人 and date under the request, or lines to sign where it was not submitted through the system. */
function requestRows(b: Batch): Piece[] {
  if (b.submittedByName && b.submittedAt) return [...lines(b.request), { text: `申请人：${b.submittedByName}\u3000\u3000${formatChineseDate(b.submittedAt.slice(0, 10))}`, align: 'right' }]
  return [{ text: '' }, { text: `申请人（签名）：＿＿＿＿＿＿\u3000${HAND_DATE}`, align: 'right' }]
}

/** The opinion with its approver and date, or a blank box with the lines to sign. */
function opinionRows(b: Batch): { content: Piece[]; minPt: number } {
  if (b.approval) {
    return {
      content: [...lines(b.approval.opinion), { text: `审批人：${b.approval.byName}`, align: 'right' }, { text: formatChineseDate(b.approval.date), align: 'right' }],
      minPt: 70,
    }
  }
  return { content: [{ text: '' }, { text: '' }, { text: '' }, { text: '审批人（签名）：＿＿＿＿＿＿', align: 'right' }, { text: HAND_DATE, align: 'right' }], minPt: 90 }
}

function layout(b: Blocks, filled: FilledTemplate, ctx: KindContext): FileChild[] {
  const batch = batchOf(ctx)
  const f = new FormBlocks(b.fonts)
  const t = docTotals(docLines(batch, 'planned'))
  const fonts = b.fonts
  const opinion = opinionRows(batch)
  const rows = [
    row(fonts, '批次号', [{ text: batch.batchNo }]),
    ...(batch.campaign ? [row(fonts, '活动名称', [{ text: batch.campaign }])] : []),
    row(fonts, '计划销毁\n日期、地点', [{ text: `${formatChineseDate(batch.plannedDate)}，${batch.place}` }]),
    row(fonts, '销毁方式', [{ text: DESTRUCTION_METHODS[batch.method] + (batch.contractor ? `（处置单位：${batch.contractor}）` : '') }]),
    row(fonts, '执行人员', [{ text: officerText(batch) }]),
    row(fonts, '监督人员', lines(supervisorText(batch))),
    row(fonts, '见证人', lines(witnessText(batch))),
    row(fonts, '销毁物品', [...lines(categoryLines(t)), { text: `合计：${totalsText(t)}。` }]),
    row(fonts, '销毁事项', wordingPieces(filled.lines)),
    row(fonts, '申请事由', requestRows(batch), 50),
    row(fonts, '审批意见', opinion.content, opinion.minPt),
    ...(batch.notes ? [row(fonts, '备注', lines(batch.notes))] : []),
  ]
  return [
    ...f.title(filled.titleLines),
    f.line(`填表单位：${ctx.agency.fullName}\u3000\u3000填表日期：${formatChineseDate(ctx.date)}`, { sizePt: SIZE, align: 'right', roomPt: 6 }),
    f.gap(4),
    new Table({ width: { size: TOTAL, type: WidthType.DXA }, columnWidths: [LABEL, TOTAL - LABEL], layout: TableLayoutType.FIXED, borders: BORDERS, rows }),
  ]
}

export const destructionApprovalKind = batchKind('destruction_approval', 'planned', {
  defaultTemplate: {
    title: '罚没物品销毁审批表',
    body: '上述物品系本局依法没收的侵权假冒伪劣商品，处罚决定均已生效，拟于{{计划销毁日期}}在{{销毁地点}}以{{销毁方式}}方式集中销毁。',
  },
  layout,
})
