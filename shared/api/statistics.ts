import { z } from 'zod'
import { defineOperation } from './contract'
import { isoDate, optionalText } from './fields'
import type { DocxFile } from './documents'
import type { StatReport } from './stat-types'
import { SUMMARY_DOCUMENT_KINDS } from '../domain/documents'

// 统计 (issue 19): the figures of a period, for one unit or the whole bureau, with the same period a year
// earlier; the workbook of every table; the 工作总结 and the 消费维权工作情况 written from the same figures.

export const statPeriodInput = z
  .object({
    from: isoDate('开始日期'),
    to: isoDate('结束日期'),
    /** A 所/队 as the records name it; '' for the whole bureau. */
    unit: optionalText('承办单位', 50),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.to < p.from) ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' })
    // Ten years and a day: longer ranges are not periods an office reports on, and the month tables would run long.
    else if (Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4)) > 10) ctx.addIssue({ code: 'custom', path: ['to'], message: '统计期间最长十年' })
  })
export type StatPeriodInput = z.input<typeof statPeriodInput>

const summaryInput = z
  .object({
    kind: z.enum(SUMMARY_DOCUMENT_KINDS, { error: '请选择文书' }),
    period: statPeriodInput,
    date: isoDate('成文日期'),
  })
  .strict()

export const statisticsOperations = {
  'stats.report': defineOperation<StatReport>()({ summary: '统计：一个期间的各项数字（同比、图表、可查看明细）', mutates: false, outsideTransaction: true, input: statPeriodInput }),
  'stats.export': defineOperation<{ fileName: string; base64: string; sheets: number }>()({
    summary: '导出统计表（.xlsx，每部分一张工作表）',
    mutates: false,
    outsideTransaction: true,
    input: statPeriodInput,
  }),
  'stats.document.preview': defineOperation<DocxFile>()({ summary: '预览工作总结或消费维权工作情况（按期间的统计数字）', mutates: false, outsideTransaction: true, input: summaryInput }),
  'stats.document.issue': defineOperation<DocxFile & { archiveId: string }>()({ summary: '出具工作总结或消费维权工作情况并存档', mutates: true, outsideTransaction: true, input: summaryInput }),
} as const
