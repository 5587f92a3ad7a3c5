import type { FileChild } from 'docx'
import type { Batch, BatchTotals } from '../../../../shared/api/destruction-types'
import { formatKg, formatYuan } from '../../../../shared/rules/decimal'
import type { Blocks } from '../blocks'
import { FormBlocks } from '../form-blocks'
import { ZIHAO } from '../units'
import { batchHeader, signatureBlock } from './destruction-list'
import { batchKind, batchOf, categoryLabel, docLines, docTotals, HAND_BLANK, isExecuted, unitsText } from './destruction-shared'
import type { FilledTemplate, KindContext } from './types'

// 销毁记录: the facts of the destruction (time, place, method, environmental measures, totals by category,
// photos) and a signature line for every executing officer, supervisor and witness. Printed before the batch
// is executed too, to be carried to the site: the actual facts are then blanks to write in by hand, beside the
// planned quantities; once executed they are printed.

/** 小四, as the 清单's table: the facts and every signature line fit one sheet for a usual batch. */
const SIZE = ZIHAO.小四
const RECORDER_SHARE = 0.5

/** Totals by category: what was destroyed, or the plan with a column to write the actual figures in. */
function totalsTable(b: Blocks, t: BatchTotals, executed: boolean) {
  const row = (label: string, c: { lines: number; units: BatchTotals['units']; weightG: number; valueFen: number }) =>
    executed
      ? [label, String(c.lines), unitsText(c.units), formatKg(c.weightG), formatYuan(c.valueFen)]
      : [label, String(c.lines), unitsText(c.units), formatKg(c.weightG), '']
  const head = executed ? ['类别', '项数', '销毁数量', '重量（千克）', '货值（元）'] : ['类别', '项数', '计划数量', '计划重量（千克）', '实际销毁数量及重量']
  return b.table(head, [...t.byCategory.map((c) => row(categoryLabel(c.category), c)), row('合计', t)], {
    widths: executed ? [2, 1, 4, 2, 2] : [2, 1, 4, 2, 3],
    align: ['left', 'center', 'left', 'right', executed ? 'right' : 'left'],
    sizePt: ZIHAO.小四,
  })
}

const witnessLine = (w: Batch['witnesses'][number]) => `${w.name}（${w.unit}）`

function layout(b: Blocks, filled: FilledTemplate, ctx: KindContext): FileChild[] {
  const batch = batchOf(ctx)
  const executed = isExecuted(batch)
  const f = new FormBlocks(b.fonts)
  const t = docTotals(docLines(batch, 'actual'))
  const facts: [string, string][] = [
    ['到场媒体', batch.media],
    ['执行情况说明', executed ? batch.execution!.note : ''],
  ]
  return [
    ...f.title(filled.titleLines),
    batchHeader(batch, f),
    f.gap(4),
    totalsTable(b, t, executed),
    ...f.wording(filled.lines, SIZE, { roomPt: 8 }),
    ...facts.filter(([, v]) => v.trim()).map(([k, v]) => f.line(`${k}：${v}`, { sizePt: SIZE })),
    // Each group of signatures stays on one page, the agency's name and date with the last.
    ...b.keepTogether(signatureBlock(f, '执行人员', batch.officers.map((o) => `${o.name}（执法证号：${o.certNo}）`), SIZE)),
    ...b.keepTogether(signatureBlock(f, '监督人员', batch.supervisors.map((s) => `${s.name}（${s.office}）`), SIZE)),
    ...b.keepTogether(signatureBlock(f, '见证人', batch.witnesses.map(witnessLine), SIZE)),
    // The recorder beside the agency's name and date: the two share their lines.
    f.sideBySide(
      [f.signLine(['记录人（签名）：', { blank: 10 }], { sizePt: SIZE, roomPt: 8 })],
      f.sealedSignature(ctx.agency.fullName, ctx.date, { sizePt: SIZE, roomPt: 8, widthTwips: FormBlocks.sideWidths(RECORDER_SHARE)[1] }),
      RECORDER_SHARE,
    ),
  ]
}

/** Before execution the actual totals are blanks to write in; the plan is in the table. */
const TOTAL_NAMES = ['合计', '数量合计', '重量合计', '货值合计', '货值大写', '分类合计', '物品项数'] as const

const base = batchKind('destruction_record', 'actual', {
  defaultTemplate: {
    title: '销毁记录',
    body: [
      '{{实际销毁日期}}，本局执行人员在{{销毁地点}}对依法没收的侵权假冒伪劣商品进行了销毁，销毁方式为{{销毁方式}}，销毁物品{{合计}}（分类见上表，明细见销毁物品清单）。',
      '环保、消防、卫生措施：{{环保措施}}。',
      '{{现场照片}}。',
    ].join('\n'),
  },
  layout,
})

export const destructionRecordKind = {
  ...base,
  values(ctx: KindContext) {
    const v = base.values(ctx)
    if (isExecuted(batchOf(ctx))) return v
    return { ...v, ...Object.fromEntries(TOTAL_NAMES.map((n) => [n, HAND_BLANK])) }
  },
}
