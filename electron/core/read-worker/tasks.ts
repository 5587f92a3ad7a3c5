import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import type { AuditFilter } from '../audit/query'
import type { OpParsed } from '../../../shared/api'
import { exportAuditFile } from '../audit/export-file'
import { verifyAudit, type Anchor } from '../audit/verify'
import type BetterSqlite3 from 'better-sqlite3'
import { exportSeizuresFile } from '../seizures/export-file'
import { exportCasesFile } from '../cases/export-file'
import { periodStats } from '../statistics/report'
import { summaryCharts } from '../statistics/charts'
import type { StatReport } from '../../../shared/api/stat-types'
import type { Period } from '../../../shared/rules/stat-periods'
import type { DocumentFontSettings } from '../../../shared/api/documents'
import type { DocumentKind } from '../../../shared/domain/documents'
import { buildDocument } from '../documents/generate'
import { asBuffer } from './bytes'
import type { KindContext } from '../documents/kinds/types'
import type { TemplateSource } from '../documents/templates'

// Reads that take seconds at ten years of records, run by the read worker on its own read-only connection (in
// one read transaction: a consistent snapshot while others write). A task gets plain JSON in and gives plain
// JSON back; a refusal is an AppError, carried back as one.

export const READ_TASKS = {
  /** A document made from a record, built here: a 5,000-line 清单 takes a second or more (documents/issue.ts). */
  buildDocument: async (_db: Kysely<Database>, p: { kind: DocumentKind; template: TemplateSource; kctx: KindContext; fonts: DocumentFontSettings }) => {
    // The built Buffer arrives on the other side as a Uint8Array (documents/issue.ts makes it a Buffer again).
    return buildDocument(p.kind, { ...p.template, docx: p.template.docx && asBuffer(p.template.docx) }, p.kctx, p.kctx.agency.fullName, p.fonts)
  },
  auditExport: (db: Kysely<Database>, p: { filter: AuditFilter; at: string }) => exportAuditFile(db, p.filter, p.at),
  /** The chain and the seals; the key comes from core (it is not in the file). */
  auditVerify: (db: Kysely<Database>, p: { key: string; anchors: Anchor[] }, sqlite: BetterSqlite3.Database) => verifyAudit(db, sqlite, Buffer.from(p.key, 'hex'), p.anchors),
  casesExport: (db: Kysely<Database>, p: { input: OpParsed<'cases.export'>; day: string }) => exportCasesFile(db, p.input, p.day),
  /** The 工作总结's charts as PNGs (statistics/charts.ts): seconds of resvg off the main thread. */
  statCharts: (_db: Kysely<Database>, p: { report: StatReport }) => summaryCharts(p.report),
  /** 统计: one period's figures, read beside the window's own read of the other period (statistics/report.ts). */
  statsPeriod: (db: Kysely<Database>, p: { period: Period; unit: string; today: string }) => periodStats(db, p.period, p.unit, p.today),
  seizuresExport: (db: Kysely<Database>, p: { input: OpParsed<'seizures.export'>; day: string }) => exportSeizuresFile(db, p.input, p.day),
}

export type ReadTaskName = keyof typeof READ_TASKS
export type ReadTaskInput<T extends ReadTaskName> = Parameters<(typeof READ_TASKS)[T]>[1]
export type ReadTaskResult<T extends ReadTaskName> = Awaited<ReturnType<(typeof READ_TASKS)[T]>>
