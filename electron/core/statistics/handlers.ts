import type { HandlerMap } from '../handler'
import { todayOf } from '../clock'
import { statReport } from './report'
import { inWorker } from './in-worker'
import { statWorkbook } from './export-file'
import { summaryDocumentHandlers } from './document-handlers'

// 统计's operations: the report, its workbook, and the summaries written from it.
export const statisticsHandlers: HandlerMap<'stats.report' | 'stats.export'> = {
  'stats.report': async ({ from, to, unit }, ctx) => statReport(ctx.trx, { from, to }, unit, todayOf(ctx), inWorker(ctx)),
  'stats.export': async ({ from, to, unit }, ctx) => statWorkbook(await statReport(ctx.trx, { from, to }, unit, todayOf(ctx), inWorker(ctx))),
}

export const statisticsAreaHandlers = { ...statisticsHandlers, ...summaryDocumentHandlers }
