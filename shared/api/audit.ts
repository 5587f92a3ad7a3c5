import { z } from 'zod'
import { defineOperation } from './contract'
import { recordId } from './fields'
import { isIsoDate } from '../rules/chinese-date'
import { AUDIT_ACTIONS, RECORD_TYPE_NAMES, type AuditAction, type RecordType } from '../domain/audit'

/** One audit entry, ready to show: labels resolved, values formatted as text. */
export interface AuditEntryView {
  seq: number
  at: string
  user: { id: string; name: string; login: string } | null
  operation: string
  /** The operation's summary from the contract. */
  operationLabel: string
  action: AuditAction
  actionLabel: string
  recordType: RecordType
  recordTypeLabel: string
  recordId: string | null
  /** The record as people know it (李晓（lixiao）, 登记号 2026-0001, a document's title); null when unknown. */
  recordLabel: string | null
  changes: { field: string; label: string; from: string; to: string }[]
  /** A reason (voiding), or what was tried (a failed login). */
  note: string | null
  hash: string
}

export interface AuditPage {
  /** Entries matching, counted no further than a bound (10,000): see `capped`. */
  total: number
  /** More entries match than `total` says (shown as 10000+). */
  capped: boolean
  entries: AuditEntryView[]
}

export interface AuditVerifyResult {
  ok: boolean
  /** Entries walked. */
  checked: number
  /** The newest entry: write its number and hash down to notice a cut-off tail later. */
  head: { seq: number; hash: string } | null
  /** The first entry that does not fit the chain, and why. */
  broken: { seq: number; at: string | null; reason: string } | null
  /** What the seals (the office's key) find: a record changed, added or removed outside the app, a chain cut or re-hashed. At most 200 listed. */
  findings: AuditFinding[]
  findingsTotal: number
}

export interface AuditFinding {
  /** The record or the log, in words: 查扣记录（2026-0012）. */
  where: string
  reason: string
}

const isoDate = z.string().refine(isIsoDate, '日期应为有效日期，例如 2026-11-23')

export const auditFilter = z
  .object({
    userId: recordId.optional(),
    recordType: z.enum(RECORD_TYPE_NAMES as [RecordType, ...RecordType[]], { error: '记录类型无效' }).optional(),
    action: z.enum(Object.keys(AUDIT_ACTIONS) as [AuditAction, ...AuditAction[]], { error: '动作无效' }).optional(),
    /** Local calendar days, inclusive. */
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: '开始日期不能晚于结束日期', path: ['to'] })

export const auditOperations = {
  'audit.list': defineOperation<AuditPage>()({
    summary: '浏览审计日志（按用户、日期、记录类型、动作筛选，新的在前）',
    mutates: false,
    input: z
      .object({
        filter: auditFilter.default({}),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
  }),
  'audit.history': defineOperation<AuditEntryView[]>()({
    summary: '某条记录的修改记录（字段的原值和新值）',
    mutates: false,
    input: z
      .object({
        recordType: z.enum(RECORD_TYPE_NAMES as [RecordType, ...RecordType[]], { error: '记录类型无效' }),
        recordId: recordId.nullable(),
      })
      .strict(),
  }),
  'audit.export': defineOperation<{ fileName: string; base64: string; rows: number }>()({
    summary: '把筛选出的审计日志导出为 .xlsx',
    mutates: false,
    // Read in the read worker (electron/core/read-worker): seconds of work that must not hold up other calls.
    outsideTransaction: true,
    input: z.object({ filter: auditFilter.default({}) }).strict(),
  }),
  'audit.verify': defineOperation<AuditVerifyResult>()({
    summary: '审计校验：逐条核对哈希链，报告第一条被改动的记录',
    mutates: false,
    // Read in the read worker (electron/core/read-worker): seconds of work that must not hold up other calls.
    outsideTransaction: true,
    input: z.object({}).strict(),
  }),
}
