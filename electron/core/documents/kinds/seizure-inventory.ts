import type { FileChild, Paragraph, Table } from 'docx'
import type { ItemLine, Seizure } from '../../../../shared/api/seizure-types'
import type { AgencyProfile } from '../../../../shared/api/settings'
import { DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documents'
import { SEIZURE_KINDS } from '../../../../shared/domain/seizures'
import { formatChineseDate } from '../../../../shared/rules/chinese-date'
import { formatKg, formatQty, formatYuanPlain } from '../../../../shared/rules/decimal'
import { AppError } from '../../errors'
import type { Blocks } from '../blocks'
import { FormBlocks, type FormPiece } from '../form-blocks'
import { ZIHAO } from '../units'
import { recordSamples } from './record-samples'
import { sampleSeizure } from './seizure-sample'
import type { DocumentKindDef, KindContext, KindLoop, KindRecord } from './types'

// 查封（扣押）物品清单: the list of seized goods handed to the party on the spot, 一式二份 (行政强制法 Art. 24),
// made from one seizure record by seizures.inventory. Also serves 先行登记保存 (its title follows the kind).

const seizureOf = (ctx: KindContext): Seizure => {
  if (ctx.record?.type !== 'seizure') throw new AppError('INTERNAL', '物品清单缺少查扣登记')
  return ctx.record.seizure
}

/** The decision the measure rests on: 查封/扣押 by a 决定书, 先行登记保存 by a 通知书. */
const decisionName = (s: Seizure): string => (s.kind === 'preservation' ? '先行登记保存证据通知书' : '实施行政强制措施决定书')

const FIELDS: [name: string, description: string][] = [
  ['机关名称', '机关全称（设置 → 机关信息）'],
  ['登记号', '查扣登记号'],
  ['措施种类', '扣押、查封或先行登记保存'],
  ['决定书名称', '实施行政强制措施决定书（先行登记保存为先行登记保存证据通知书）'],
  ['决定书文号', '决定书（通知书）文号'],
  ['决定日期', '决定日期，如 2026年11月2日'],
  ['实施地点', '实施地点'],
  ['当事人', '当事人名称或姓名'],
  ['证件号码', '统一社会信用代码或身份证号码（未登记时为空）'],
  ['法定代表人', '法定代表人（负责人），可能为空'],
  ['地址', '当事人地址'],
  ['当事人电话', '当事人联系电话，可能为空'],
  ['承办单位', '承办的所、队或科室'],
  ['执法人员', '执法人员姓名和执法证号'],
  ['物品行数', '清单中物品的项数'],
  ['货值合计', '货值合计（元），未登记货值时为空'],
  ['重量合计', '重量合计（千克），未登记重量时为空'],
  ['成文日期', '成文日期，如 2026年11月23日'],
]

function values(ctx: KindContext): Record<string, string> {
  const { agency, date } = ctx
  const s = seizureOf(ctx)
  const anyValue = s.items.some((i) => i.valueFen !== null)
  const anyWeight = s.items.some((i) => i.weightG !== null)
  return {
    机关名称: agency.fullName,
    登记号: s.registerNo,
    措施种类: SEIZURE_KINDS[s.kind],
    决定书名称: decisionName(s),
    决定书文号: s.decisionNo,
    决定日期: formatChineseDate(s.decisionDate),
    实施地点: s.place,
    当事人: s.party.name,
    证件号码: s.party.idNo,
    法定代表人: s.party.legalRep,
    地址: s.party.address,
    当事人电话: s.party.phone,
    承办单位: s.unit,
    执法人员: s.officers.map((o) => `${o.name}（执法证号：${o.certNo}）`).join('、'),
    物品行数: String(s.items.length),
    货值合计: anyValue ? formatYuanPlain(s.items.reduce((sum, i) => sum + (i.valueFen ?? 0), 0)) : '',
    重量合计: anyWeight ? formatKg(s.items.reduce((sum, i) => sum + (i.weightG ?? 0), 0)) : '',
    成文日期: formatChineseDate(date),
  }
}

/** One row per item line, for a Word template's {{#物品}}…{{/物品}} loop. */
const itemsLoop: KindLoop = {
  name: '物品',
  description: '物品明细，每项一行：在 Word 表格的一行中写 {{#物品}}…{{/物品}}，该行按物品逐项重复',
  fields: [
    ['序号', '1'],
    ['品名', '运动鞋'],
    ['品牌', 'NIKE'],
    ['规格型号', '42码'],
    ['数量', '12.5'],
    ['单位', '双'],
    ['重量', '96（千克，未登记时为空）'],
    ['货值', '36000.00（元，未登记时为空）'],
    ['备注', '涉嫌假冒注册商标'],
  ].map(([name, sample]) => ({ name: name!, description: `每项的${name}`, input: false, sample: sample! })),
  rows: (ctx) =>
    seizureOf(ctx).items.map((i) => ({
      序号: String(i.lineNo),
      品名: i.name,
      品牌: i.brand,
      规格型号: i.spec,
      数量: formatQty(i.qtyMilli),
      单位: i.unit,
      重量: i.weightG === null ? '' : formatKg(i.weightG),
      货值: i.valueFen === null ? '' : formatYuanPlain(i.valueFen),
      备注: i.note,
    })),
}

interface Column {
  head: string
  align: 'left' | 'center' | 'right'
  /** Numbers and short codes: the column is as wide as its widest cell, never wrapped. */
  nowrap?: boolean
  /** Its part of the room the wrapping columns share: the 品名 more than the others. */
  share?: number
  cell(line: ItemLine): string
}

/**
 * The item table: 序号 … 备注, with 重量 only when some line has one; widths from what the columns hold. The
 * closing sits in its last row with the last items.
 */
function itemTable(b: Blocks, s: Seizure, closing: (Paragraph | Table)[]) {
  const withWeight = s.items.some((i) => i.weightG !== null)
  const columns: Column[] = [
    { head: '序号', align: 'center', nowrap: true, cell: (i) => String(i.lineNo) },
    { head: '品名', align: 'left', share: 2, cell: (i) => i.name },
    { head: '品牌\n（商标）', align: 'left', cell: (i) => i.brand },
    { head: '规格\n型号', align: 'left', cell: (i) => i.spec },
    { head: '数量', align: 'right', nowrap: true, cell: (i) => formatQty(i.qtyMilli) },
    { head: '单位', align: 'center', nowrap: true, cell: (i) => i.unit },
    ...(withWeight ? [{ head: '重量\n（千克）', align: 'right', nowrap: true, cell: (i) => (i.weightG === null ? '' : formatKg(i.weightG)) } satisfies Column] : []),
    { head: '备注', align: 'left', cell: (i) => i.note },
  ]
  return b.table(
    columns.map((c) => c.head),
    s.items.map((i) => columns.map((c) => c.cell(i))),
    { widths: 'content', nowrap: columns.map((c) => c.nowrap ?? false), shares: columns.map((c) => c.share ?? 1), align: columns.map((c) => c.align), sizePt: ZIHAO.小四, closing },
  )
}

/** The closing (wording, signature lines, 机关署名) in 4号: in 3号 a three-line list no longer fits one sheet. */
const CLOSING_PT = ZIHAO.四号
/** Height over each signature line to write a name in (with the line itself, about 9.5 mm). */
const SIGN_ROOM_PT = 8
/**
 * Air over the agency's name. The seal, centred on name and date, reaches up over the right-hand end of the
 * 见证人 line, away from the left of the blanks where names are written.
 */
const SEAL_ROOM_PT = 8
/** The 注's part of the width beside the agency's name and date. */
const NOTE_SHARE = 0.55
const ART18_NOTE = '注：当事人拒绝签名或者盖章的，由执法人员在清单上注明；当事人不到场的，由见证人和执法人员签名或者盖章。'

// Samples from the made-up seizure, so the 模板 page shows what each placeholder turns into (record-samples.ts).
const sampleRecord = (agency: AgencyProfile): KindRecord => ({ type: 'seizure', seizure: sampleSeizure(agency.shortName) })

export const seizureInventoryKind: DocumentKindDef = {
  kind: 'seizure_inventory',
  label: DOCUMENT_KIND_LABELS.seizure_inventory,
  ...recordSamples(FIELDS, values, sampleRecord, '2026-11-02'),
  defaultTemplate: {
    title: '{{措施种类}}物品清单',
    body: '以上物品共{{物品行数}}项，系本机关依据《{{决定书名称}}》（{{决定书文号}}）于{{决定日期}}实施{{措施种类}}的物品。\n本清单一式二份，当事人和本机关各执一份。',
  },
  fromRecord: { type: 'seizure', sample: sampleRecord },
  loops: [itemsLoop],
  values,
  layout(b, filled, ctx) {
    const s = seizureOf(ctx)
    const f = new FormBlocks(b.fonts)
    const party: [string, string][] = [
      ['当事人', s.party.name],
      ['法定代表人（负责人）', s.party.legalRep],
      ['证件号码', s.party.idNo],
      ['地址', s.party.address],
      [s.kind === 'preservation' ? '通知书文号' : '决定书文号', s.decisionNo],
      ['实施地点', s.place],
    ]
    const sign = (pieces: FormPiece[], indentChars?: number) => f.signLine(pieces, { sizePt: CLOSING_PT, roomPt: SIGN_ROOM_PT, indentChars })
    return [
      ...f.title(filled.titleLines),
      f.line(`登记号：${s.registerNo}`, { sizePt: ZIHAO.小四, align: 'right' }),
      // What the record leaves blank (an individual's 法定代表人, a missing 证件号码) is left out, not printed empty.
      f.fieldGrid(party.filter(([, value]) => value.trim())),
      f.gap(4),
      // The wording, the signatures and the seal stay on one page with the last items, so none of them is left
      // alone on the last sheet.
      itemTable(b, s, [
        ...f.wording(filled.lines, CLOSING_PT, { roomPt: 6 }),
        sign(['当事人（签名或盖章）：', { blank: 'rest' }]),
        f.line('执法人员（签名）：', { sizePt: CLOSING_PT, roomPt: 6 }),
        ...s.officers.map((o) => sign([`${o.name}（执法证号：${o.certNo}）`, { blank: 'rest' }], 2)),
        sign(['见证人（签名或盖章）：', { blank: 'rest' }]),
        // The Art. 18 note beside the agency and date rather than over them: the two share their lines.
        f.sideBySide([f.line(ART18_NOTE, { sizePt: ZIHAO.五号 })], f.sealedSignature(ctx.agency.fullName, ctx.date, { sizePt: CLOSING_PT, roomPt: SEAL_ROOM_PT, widthTwips: FormBlocks.sideWidths(NOTE_SHARE)[1] }), NOTE_SHARE),
      ]),
    ] satisfies FileChild[]
  },
  // Every sheet is signed, so a page of items cannot be swapped out of a list that runs over several; the
  // line counts the sheets (第N页 共M页), which is page number enough.
  footerLines: (b) => [new FormBlocks(b.fonts).pageSignLine(['当事人签名：', '执法人员签名：'])],
  pageNumbers: false,
  recordIds: (ctx) => [seizureOf(ctx).id],
  archiveFields: (ctx) => {
    const s = seizureOf(ctx)
    return { documentNo: s.decisionNo, registerNo: s.registerNo, partyName: s.party.name }
  },
  fileNameParts: (title, ctx) => [title, seizureOf(ctx).registerNo, seizureOf(ctx).party.name],
}

