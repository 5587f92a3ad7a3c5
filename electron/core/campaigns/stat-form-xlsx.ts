import writeXlsxFile from 'write-excel-file/node'
import { formNotes } from '../../../shared/domain/campaigns'
import { formatChineseDate } from '../../../shared/rules/chinese-date'
import type { FormItem, ReportFigure } from '../../../shared/api/campaign-types'
import { headerRow, textCell, yuanCell, type Cell } from '../read-worker/xlsx-cells'
import { itemLabel, type CampaignDocument } from '../documents/kinds/campaign-shared'
import { unitText } from '../documents/kinds/campaign-stat-form'

// The 活动情况统计表 as a workbook, laid out as the .docx form (two column-sets of 项目 / 单位 / 合计, the text
// items and the notes under them). Figures are numbers — counts, 元 with two decimals, 千克 — so the office can
// add units' sheets in Excel.

function figureCell(item: FormItem, f: ReportFigure | undefined): Cell {
  const v = f?.value ?? 0
  if (item.kind === 'money') return yuanCell(v)
  if (item.kind === 'weight') return { value: v / 1000, type: Number, format: '#,##0.###' }
  return { value: v, type: Number }
}

export async function campaignStatWorkbook(d: CampaignDocument, agencyName: string, date: string): Promise<{ fileName: string; base64: string }> {
  const byItem = new Map(d.figures.map((f) => [f.itemId, f]))
  const counted = d.campaign.items.filter((i) => i.kind !== 'text')
  const texts = d.campaign.items.filter((i) => i.kind === 'text')
  const half = Math.ceil(counted.length / 2)
  const cells = (i: FormItem | undefined): Cell[] => (i ? [textCell(itemLabel(i)), textCell(i.unitWord), figureCell(i, byItem.get(i.id))] : [null, null, null])
  const data: Cell[][] = [
    [{ value: `${d.campaign.name}情况统计表`, fontWeight: 'bold' }],
    [textCell(`填报单位：${unitText(d, agencyName)}`), null, null, textCell(`时间：${formatChineseDate(date)}`)],
    [],
    headerRow(['项目', '单位', '合计', '项目', '单位', '合计']),
    ...Array.from({ length: half }, (_, n) => [...cells(counted[n]), ...cells(counted[n + half])]),
    [],
    ...texts.map((i) => [textCell(i.name), textCell(byItem.get(i.id)?.text || '无')]),
    [],
    ...formNotes(d.campaign.kind).map((n, i) => [textCell(`${i === 0 ? '注：' : ''}${i + 1}. ${n}`)]),
    [textCell(`报送时间：${formatChineseDate(date)}`)],
  ]
  const bytes = await writeXlsxFile(data, { columns: [{ width: 34 }, { width: 8 }, { width: 14 }, { width: 34 }, { width: 8 }, { width: 14 }] }).toBuffer()
  return { fileName: `活动情况统计表_${d.campaign.name}_${d.unit || '全局'}.xlsx`, base64: bytes.toString('base64') }
}
