import type { AuditEntryView } from '../../../shared/api/audit'
import type { AuditLogTable } from '../db/schema'
import { operations, isOpName } from '../../../shared/api'
import { AUDIT_ACTIONS, RECORD_TYPES, fieldMeta, isRecordType, type AuditAction, type FieldMeta, type RecordType } from '../../../shared/domain/audit'
import { ROLE_LABELS, type Role } from '../../../shared/domain/roles'
import { formatKg, formatQty, formatYuan } from '../../../shared/rules/decimal'
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../../shared/domain/documents'
import { formatLocalTime } from '../../../shared/rules/local-time'

// Audit rows as people read them: labels instead of codes, values as text, times local.

export type AuditRowWithUser = Omit<AuditLogTable, 'prev_hash'> & { user_name: string | null; user_login: string | null }

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/

/** An instant as people read it, to the second: 2026年11月23日 14:05:09 (the window shows the same). */
export const localTime = (iso: string): string => formatLocalTime(iso, { seconds: true })

export function formatValue(meta: FieldMeta, v: unknown): string {
  if (v === null || v === undefined || v === '') return '（空）'
  switch (meta.format) {
    case 'roles':
      return Array.isArray(v) ? v.map((r) => ROLE_LABELS[r as Role] ?? String(r)).join('、') : String(v)
    case 'active':
      return v ? '启用' : '停用'
    case 'bool':
      return v ? '是' : '否'
    case 'documentKind':
      return DOCUMENT_KIND_LABELS[v as DocumentKind] ?? String(v)
    case 'qty':
      return typeof v === 'number' ? formatQty(v) : String(v)
    case 'kg':
      return typeof v === 'number' ? formatKg(v) : String(v)
    case 'yuan':
      return typeof v === 'number' ? formatYuan(v) : String(v)
    case 'officers':
      return Array.isArray(v) ? v.map((o: { name?: string; certNo?: string }) => `${o.name ?? ''}（${o.certNo ?? ''}）`).join('、') : String(v)
    default:
      if (meta.labels && typeof v === 'string') return meta.labels[v] ?? v
      if (typeof v === 'string') return ISO_INSTANT.test(v) ? localTime(v) : v
      if (typeof v === 'boolean') return v ? '是' : '否'
      if (Array.isArray(v)) return v.map(String).join('、')
      if (typeof v === 'object') return JSON.stringify(v)
      return String(v)
  }
}

export function presentEntry(r: AuditRowWithUser): AuditEntryView {
  // Entries outlive code: an unknown type or action still shows, by its code.
  const known = isRecordType(r.record_type)
  const action = (Object.hasOwn(AUDIT_ACTIONS, r.action) ? r.action : 'legacy') as AuditAction
  const raw = JSON.parse(r.changes) as Record<string, [unknown, unknown]>
  return {
    seq: r.seq,
    at: r.at,
    user: r.user_id ? { id: r.user_id, name: r.user_name ?? '', login: r.user_login ?? '' } : null,
    operation: r.operation,
    operationLabel: isOpName(r.operation) ? operations[r.operation].summary : r.operation,
    action,
    actionLabel: AUDIT_ACTIONS[action],
    recordType: r.record_type as RecordType,
    recordTypeLabel: known ? RECORD_TYPES[r.record_type as RecordType].label : r.record_type,
    recordId: r.record_id,
    recordLabel: null,
    changes: Object.entries(raw).map(([field, [from, to]]) => {
      const meta = known ? fieldMeta(r.record_type as RecordType, field) : { label: field }
      return { field, label: meta.label, from: formatValue(meta, from), to: formatValue(meta, to) }
    }),
    note: r.note,
    hash: r.hash,
  }
}
