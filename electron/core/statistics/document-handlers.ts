import type { Transaction } from 'kysely'
import type { Database } from '../db/schema'
import { todayOf } from '../clock'
import { issueRecordDocument, previewRecordDocument } from '../documents/issue'
import type { KindRecord } from '../documents/kinds/types'
import type { HandlerContext, HandlerMap } from '../handler'
import type { OpParsed } from '../../../shared/api'
import { reportFrame, withSections } from './report'
import { inWorker } from './in-worker'
import { runReadTask } from '../read-worker/pool'

// The 工作总结 and 消费维权工作情况 of a period: the same report as the 统计 page, and for the 工作总结 the page's
// main charts drawn on the server — previewed, or issued and archived.

type Ops = 'stats.document.preview' | 'stats.document.issue'

type Ctx = HandlerContext
type Input = OpParsed<'stats.document.preview'>

/** Read in the document's first transaction: the report's frame only (its units). */
async function recordFor(trx: Transaction<Database>, d: Input): Promise<KindRecord> {
  return { type: 'stat_period', summary: { report: await reportFrame(trx, { from: d.period.from, to: d.period.to }, d.period.unit), charts: [] } }
}

/**
 * Then, outside every transaction (documents/issue.ts takes care that nothing was written meanwhile): the figures
 * read by the read workers, and for the 工作总结 its charts drawn there (~0.3 s each: resvg reads the CJK font anew).
 */
const withFigures =
  (ctx: Ctx, d: Input) =>
  async (record: KindRecord): Promise<KindRecord> => {
    if (record.type !== 'stat_period') return record
    const report = await withSections(record.summary.report, todayOf(ctx), inWorker(ctx))
    const charts = d.kind === 'work_summary' ? await runReadTask(ctx.services.dbFile, 'statCharts', { report }) : []
    return { ...record, summary: { report, charts } }
  }

export const summaryDocumentHandlers: HandlerMap<Ops> = {
  'stats.document.preview': (d, ctx) => previewRecordDocument(ctx, d.kind, (trx) => recordFor(trx, d), d.date, withFigures(ctx, d)),
  'stats.document.issue': (d, ctx) => issueRecordDocument(ctx, d.kind, (trx) => recordFor(trx, d), d.date, undefined, withFigures(ctx, d)),
}
