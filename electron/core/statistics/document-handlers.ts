import type { Transaction } from 'kysely'
import type { Database } from '../db/schema'
import { todayOf } from '../clock'
import { issueRecordDocument, previewRecordDocument } from '../documents/issue'
import type { KindRecord } from '../documents/kinds/types'
import type { HandlerMap } from '../handler'
import { statReport } from './report'
import { inWorker } from './in-worker'
import { runReadTask } from '../read-worker/pool'

// The 工作总结 and 消费维权工作情况 of a period: the same report as the 统计 page, and for the 工作总结 the page's
// main charts drawn on the server — previewed, or issued and archived.

type Ops = 'stats.document.preview' | 'stats.document.issue'

type Ctx = Parameters<HandlerMap<Ops>['stats.document.preview']>[1]
type Input = Parameters<HandlerMap<Ops>['stats.document.preview']>[0]

async function recordFor(ctx: Ctx, trx: Transaction<Database>, d: Input): Promise<KindRecord> {
  const report = await statReport(trx, { from: d.period.from, to: d.period.to }, d.period.unit, todayOf(ctx), inWorker(ctx))
  return { type: 'stat_period', summary: { report, charts: [] } }
}

/** The 工作总结's charts, drawn in the read worker after the read (~0.3 s each: resvg reads the CJK font anew). */
const withCharts =
  (ctx: Ctx, d: Input) =>
  async (record: KindRecord): Promise<KindRecord> =>
    d.kind === 'work_summary' && record.type === 'stat_period' ? { ...record, summary: { ...record.summary, charts: await runReadTask(ctx.services.dbFile, 'statCharts', { report: record.summary.report }) } } : record

export const summaryDocumentHandlers: HandlerMap<Ops> = {
  'stats.document.preview': (d, ctx) => previewRecordDocument(ctx, d.kind, (trx) => recordFor(ctx, trx, d), d.date, withCharts(ctx, d)),
  'stats.document.issue': (d, ctx) => issueRecordDocument(ctx, d.kind, (trx) => recordFor(ctx, trx, d), d.date, undefined, withCharts(ctx, d)),
}
