import { AlignmentType, ImageRun, Paragraph, type FileChild } from 'docx'
import type { StatReport, StatSection } from '../../../../shared/api/stat-types'
import { DOCUMENT_KIND_LABELS, type SummaryDocumentKind } from '../../../../shared/domain/documents'
import { SUMMARY_FIELDS, summaryValues } from '../../../../shared/domain/summary-fields'
import { formatChineseDate } from '../../../../shared/rules/chinese-date'
import { periodText } from '../../../../shared/rules/stat-periods'
import { statChange, statText } from '../../../../shared/rules/stat-format'
import { AppError } from '../../errors'
import type { Blocks } from '../blocks'
import { textRun } from '../gbt9704'
import { officialDocument, type Attachment } from '../official'
import { recordSamples } from './record-samples'
import type { DocumentKindDef, KindContext } from './types'

// The two summaries of 统计 on the engine: the period's figures as placeholders in the office's wording
// (summary-fields.ts), and — for the 工作总结 — the statistics tables and charts appended as 附件.

export interface SummaryChart {
  title: string
  png: Buffer
  width: number
  height: number
}

export interface SummaryDocument {
  report: StatReport
  /** The charts drawn for the 附件 (statistics/charts.ts); none for a kind without attachments. */
  charts: SummaryChart[]
}

const summaryOf = (ctx: KindContext): SummaryDocument => {
  if (ctx.record?.type !== 'stat_period') throw new AppError('INTERNAL', '总结缺少统计数字')
  return ctx.record.summary
}

const FIELDS: readonly (readonly [string, string])[] = [
  ['机关名称', '机关全称（设置 → 机关信息）'],
  ['期间', '统计期间，如 2026年、2026年第四季度、2026年3月15日至2026年12月3日'],
  ['单位范围', '统计的承办单位；全局统计时为“全局”'],
  ...SUMMARY_FIELDS.map((f) => [f.name, f.meaning] as const),
  ['成文日期', '成文日期，如 2026年12月31日'],
]

function values(ctx: KindContext): Record<string, string> {
  const { report } = summaryOf(ctx)
  return { 机关名称: ctx.agency.fullName, 期间: periodText(report.period), 单位范围: report.unit || '全局', ...summaryValues(report), 成文日期: formatChineseDate(ctx.date) }
}

/** A made-up year for 文书 → 模板: every figure a plausible number. */
function sampleReport(): StatReport {
  const figures = (area: string) =>
    SUMMARY_FIELDS.filter((f) => f.area === area).map((f, i) => ({
      key: f.figure,
      label: f.name,
      unit: f.format === 'wan' || f.format === 'rough' ? ('fen' as const) : f.format === 'tons' ? ('g' as const) : f.format === 'days' ? ('days' as const) : ('count' as const),
      word: '件',
      value: f.format === 'wan' || f.format === 'rough' ? Math.round(3_612_500_000 / (i + 1)) : f.format === 'tons' ? 165_000_000 : 351 - i * 7,
      previous: 312 - i * 7,
      asOfToday: false,
      drill: null,
    }))
  const section = (key: StatSection['key'], title: string): StatSection => ({ key, title, basis: '', figures: figures(key), tables: [] })
  return {
    period: { from: '2026-01-01', to: '2026-12-31' },
    previousPeriod: { from: '2025-01-01', to: '2025-12-31' },
    unit: '',
    units: [],
    sections: [section('seizures', '查扣'), section('destructions', '销毁'), section('cases', '处罚案件'), section('typical', '典型案例'), section('stations', '消费维权服务站')],
  }
}

/** One table per section: 项目 / 本期 / 上年同期 / 同比. */
function figureTables(b: Blocks, r: StatReport): FileChild[] {
  const num = ['一', '二', '三', '四', '五', '六']
  return r.sections.flatMap((s, i) => [
    b.heading(1, `${num[i] ?? i + 1}、${s.title}`),
    b.table(
      ['项目', '本期', '上年同期', '同比'],
      s.figures.map((f) => [f.label, statText(f.value, f.unit, f.word), f.previous === null ? '—' : statText(f.previous, f.unit, f.word), statChange(f.value, f.previous, f.unit, f.word) || '—']),
      { widths: [5, 2.2, 2.2, 1.6], align: ['left', 'right', 'right', 'right'] },
    ),
    ...b.blankLines(1),
  ])
}

// The type area is 156 mm wide; a chart is drawn across most of it, its height in proportion.
const CHART_WIDTH_PX = 560

function chartParagraphs(b: Blocks, charts: readonly SummaryChart[]): FileChild[] {
  return charts.flatMap((c, i) => [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [new ImageRun({ type: 'png', data: c.png, transformation: { width: CHART_WIDTH_PX, height: Math.round((CHART_WIDTH_PX * c.height) / c.width) }, altText: { name: c.title, title: c.title, description: c.title } })],
    }),
    // The caption under the picture, centred in 4号 (a figure's title, not body text).
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 60, after: 240 }, children: [textRun(`图${i + 1}  ${c.title}`, b.fonts, 'body', { sizePt: 14 })] }),
  ])
}

export function summaryKind(kind: SummaryDocumentKind, template: { title: string; body: string }, withAttachments: boolean): DocumentKindDef {
  return {
    kind,
    label: DOCUMENT_KIND_LABELS[kind],
    ...recordSamples(FIELDS, values, () => ({ type: 'stat_period', summary: { report: sampleReport(), charts: [] } }), '2026-12-31'),
    fromRecord: { type: 'stat_period', sample: () => ({ type: 'stat_period', summary: { report: sampleReport(), charts: [] } }) },
    defaultTemplate: template,
    values,
    layout: (b, filled, ctx) => {
      const s = summaryOf(ctx)
      const attachments: Attachment[] = withAttachments
        ? [{ name: `${periodText(s.report.period)}主要数据统计表`, content: figureTables(b, s.report) }, ...(s.charts.length > 0 ? [{ name: `${periodText(s.report.period)}主要数据统计图`, content: chartParagraphs(b, s.charts) }] : [])]
        : []
      return officialDocument(b, { titleLines: filled.titleLines, lines: filled.lines, agencyName: ctx.agency.fullName, date: ctx.date, sealed: true, attachments })
    },
    recordIds: () => [],
    fileNameParts: (title) => [title],
  }
}

