import type { Transaction } from 'kysely'
import type { Database } from '../db/schema'
import type { StatReport } from '../../../shared/api/stat-types'
import { statChartOption } from '../../../shared/charts/stat-chart'
import { periodText, yearBefore } from '../../../shared/rules/stat-periods'
import { todayOf } from '../clock'
import { issueRecordDocument, previewRecordDocument } from '../documents/issue'
import type { KindRecord } from '../documents/kinds/types'
import type { SummaryChart } from '../documents/kinds/summary-shared'
import type { HandlerMap } from '../handler'
import { chartPng } from './charts'
import { statReport } from './report'
import { inWorker } from './in-worker'

// The 工作总结 and 消费维权工作情况 of a period: the same report as the 统计 page, and for the 工作总结 the page's
// main charts drawn on the server — previewed, or issued and archived.

type Ops = 'stats.document.preview' | 'stats.document.issue'

/** The charts the 工作总结 carries: each section's month table, and seizures and cases by group. */
const CHARTED: readonly (readonly [section: string, table: string, title: string])[] = [
  ['seizures', 'by_month', '查扣件数（按月）'],
  ['seizures', 'by_category', '查扣件数（按物品类别）'],
  ['cases', 'by_month', '查处案件数（按月）'],
  ['cases', 'by_field', '查处案件数（按案件领域）'],
  ['destructions', 'by_month', '销毁批次（按月）'],
]

export async function summaryCharts(r: StatReport): Promise<SummaryChart[]> {
  const thisLabel = periodText(r.period)
  const beforeLabel = periodText(yearBefore(r.period))
  const out: SummaryChart[] = []
  for (const [sk, tk, title] of CHARTED) {
    const t = r.sections.find((s) => s.key === sk)?.tables.find((x) => x.key === tk)
    if (!t || t.rows.length === 0 || t.rows.every((x) => (x.values[0] ?? 0) === 0)) continue
    // Untitled: the document's caption names the chart.
    out.push({ title, ...(await chartPng(statChartOption(t, { thisLabel, beforeLabel }))) })
  }
  return out
}

async function recordFor(ctx: Parameters<HandlerMap<Ops>['stats.document.preview']>[1], trx: Transaction<Database>, d: Parameters<HandlerMap<Ops>['stats.document.preview']>[0]): Promise<KindRecord> {
  const report = await statReport(trx, { from: d.period.from, to: d.period.to }, d.period.unit, todayOf(ctx), inWorker(ctx))
  return { type: 'stat_period', summary: { report, charts: d.kind === 'work_summary' ? await summaryCharts(report) : [] } }
}

export const summaryDocumentHandlers: HandlerMap<Ops> = {
  'stats.document.preview': (d, ctx) => previewRecordDocument(ctx, d.kind, (trx) => recordFor(ctx, trx, d), d.date),
  'stats.document.issue': (d, ctx) => issueRecordDocument(ctx, d.kind, (trx) => recordFor(ctx, trx, d), d.date),
}
