import type { FileChild } from 'docx'
import type { Batch } from '../../../../shared/api/destruction-types'
import { DESTRUCTION_METHODS } from '../../../../shared/domain/destruction'
import { formatChineseDate } from '../../../../shared/rules/chinese-date'
import { formatKg, formatYuan } from '../../../../shared/rules/decimal'
import type { Blocks } from '../blocks'
import { FormBlocks, type FormPiece } from '../form-blocks'
import { textWidthInChars, ZIHAO } from '../units'
import { batchKind, batchOf, categoryLabel, docLines, docTotals, isExecuted, qtyText, unitsText, type DocLine } from './destruction-shared'
import type { FilledTemplate, KindContext } from './types'

// 销毁物品清单: one table of the batch's lines grouped by category, a subtotal under each category and the
// grand total under all; the planned quantities until the batch is executed, what was destroyed after. The
// header row repeats on every page, rows never split (Blocks.table), and every sheet is signed.

/** The header fields over the table; what the batch leaves blank is left out. */
export function batchHeader(b: Batch, f: FormBlocks) {
  const executed = isExecuted(b)
  const fields: [string, string][] = [
    ['批次号', b.batchNo],
    ['活动名称', b.campaign],
    [executed ? '销毁日期' : '计划销毁日期', formatChineseDate(executed ? b.execution!.actualDate : b.plannedDate)],
    ['销毁方式', DESTRUCTION_METHODS[b.method]],
    ['销毁地点', b.place],
    ['处置单位', b.contractor],
  ]
  return f.fieldGrid(fields.filter(([, v]) => v.trim()))
}

const HEAD = ['序号', '登记号\n决定书文号', '品名', '品牌', '规格', '数量', '重量\n（千克）', '货值\n（元）']
const kg = (g: number | null) => (g === null ? '' : formatKg(g))
const yuan = (fen: number | null) => (fen === null ? '' : formatYuan(fen))

/** Quantities of a 小计 or 合计 row, one unit to a line (the column stays as narrow as the lines' own). */
const unitLines = (units: Parameters<typeof unitsText>[0]) => unitsText(units).replace(/、/g, '、\n')

/** The table's rows: each line, a 小计 after each category, the 合计 last. */
export function listRows(rows: readonly DocLine[]): string[][] {
  const totals = docTotals(rows)
  const out: string[][] = []
  let n = 0
  for (const c of totals.byCategory) {
    for (const r of rows.filter((x) => x.line.category === c.category)) {
      n += 1
      const l = r.line
      out.push([String(n), [l.registerNo, l.confiscationDocNo].filter(Boolean).join('\n'), l.name, l.brand, l.spec, qtyText(r), kg(r.weightG), yuan(r.valueFen)])
    }
    out.push(['', `${categoryLabel(c.category)}小计（${c.lines}项）`, '', '', '', unitLines(c.units), formatKg(c.weightG), formatYuan(c.valueFen)])
  }
  out.push(['', `合计（${totals.lines}项）`, '', '', '', unitLines(totals.units), formatKg(totals.weightG), formatYuan(totals.valueFen)])
  return out
}

const CLOSING_PT = ZIHAO.四号
const SIGN_ROOM_PT = 8

/** Signature lines: the label, then one line per person (name printed, the blank to sign on), lined up under the first. */
export function signatureBlock(f: FormBlocks, label: string, people: readonly string[], sizePt: number = CLOSING_PT) {
  const lead = `${label}（签名）：`
  const sign = (pieces: FormPiece[], indentChars?: number) => f.signLine(pieces, { sizePt, roomPt: SIGN_ROOM_PT, indentChars })
  if (people.length === 0) return [sign([lead, { blank: 'rest' }])]
  return people.map((p, i) => (i === 0 ? sign([lead, p, { blank: 'rest' }]) : sign([p, { blank: 'rest' }], textWidthInChars(lead))))
}

function layout(b: Blocks, filled: FilledTemplate, ctx: KindContext): FileChild[] {
  const batch = batchOf(ctx)
  const f = new FormBlocks(b.fonts)
  const rows = listRows(docLines(batch, 'actual'))
  return [
    ...f.title(filled.titleLines),
    batchHeader(batch, f),
    f.gap(4),
    b.table(HEAD, rows, {
      widths: 'content',
      nowrap: [true, true, false, false, false, false, true, true],
      shares: [1, 1, 2, 1, 1, 2, 1, 1],
      align: ['center', 'left', 'left', 'left', 'left', 'right', 'right', 'right'],
      sizePt: ZIHAO.五号,
      closing: [
        ...f.wording(filled.lines, CLOSING_PT, { roomPt: 6 }),
        f.signLine(['制表人（签名）：', { blank: 8 }, '\u3000审核人（签名）：', { blank: 'rest' }], { sizePt: CLOSING_PT, roomPt: SIGN_ROOM_PT }),
        ...signatureBlock(f, '执行人员', batch.officers.map((o) => `${o.name}（执法证号：${o.certNo}）`)),
        ...signatureBlock(f, '监督人员', batch.supervisors.map((s) => `${s.name}（${s.office}）`)),
        ...f.sealedSignature(ctx.agency.fullName, ctx.date, { sizePt: CLOSING_PT, roomPt: 14, widthTwips: FormBlocks.sideWidths(0)[1] }),
      ],
    }),
  ]
}

export const destructionListKind = batchKind('destruction_list', 'actual', {
  defaultTemplate: {
    title: '销毁物品清单',
    body: '以上物品{{合计}}，均为本局依法没收的侵权假冒伪劣商品，经批准以{{销毁方式}}方式予以销毁。',
  },
  layout,
  // Every sheet is signed, so no page of a long list can be swapped; the line counts the sheets.
  footerLines: (b) => [new FormBlocks(b.fonts).pageSignLine(['执行人员签名：', '监督人员签名：'])],
  pageNumbers: false,
})
