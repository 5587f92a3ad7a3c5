import type { Role } from './roles'

// What the audit trail can say, in the words a clerk or an auditor reads. Core stores codes and raw
// values; the history panel and the .xlsx export show these labels.

export const AUDIT_ACTIONS = {
  create: '新建',
  update: '修改',
  void: '作废',
  restore: '恢复版本',
  upload: '上传',
  generate: '生成',
  login: '登录',
  login_failed: '登录失败',
  logout: '退出登录',
  lock: '锁定账号',
  unlock: '解除锁定',
  password_change: '修改密码',
  password_reset: '重置密码',
  legacy: '记录',
} as const
export type AuditAction = keyof typeof AUDIT_ACTIONS

/** How a field's raw value is shown. */
export type FieldFormat = 'text' | 'roles' | 'active' | 'bool' | 'documentKind'

export interface FieldMeta {
  label: string
  format?: FieldFormat
}

export interface RecordTypeMeta {
  label: string
  /** Who may read this record type's history: any signed-in user, or only these roles. */
  historyAccess: 'session' | readonly Role[]
  fields: Record<string, FieldMeta | string>
}

const agencyFields = { fullName: '机关全称', shortName: '机关简称', address: '地址', phone: '电话', postcode: '邮政编码' }

export const RECORD_TYPES = {
  user: {
    label: '账号',
    historyAccess: ['admin'],
    fields: {
      login: '登录名',
      name: '姓名',
      roles: { label: '角色', format: 'roles' },
      active: { label: '状态', format: 'active' },
      mustChangePassword: { label: '须修改密码', format: 'bool' },
      lockedUntil: '锁定至',
    },
  },
  agency_profile: { label: '机关信息', historyAccess: 'session', fields: agencyFields },
  security_settings: {
    label: '安全设置',
    historyAccess: ['admin'],
    fields: { idleMinutes: '空闲自动退出（分钟）', lockoutAttempts: '连续密码错误次数上限', lockoutMinutes: '锁定时长（分钟）' },
  },
  document_template: {
    label: '文书模板',
    historyAccess: 'session',
    fields: { kind: { label: '文书种类', format: 'documentKind' }, versionNo: '版本', basedOn: '基于版本', restoredFrom: '恢复自版本', docxName: 'Word 模板文件', bytes: '文件大小（字节）' },
  },
  document: {
    label: '文书存档',
    historyAccess: 'session',
    fields: { kind: { label: '文书种类', format: 'documentKind' }, title: '标题', sha256: 'SHA-256', templateVersion: '模板版本' },
  },
  document_fonts: {
    label: '文书字体',
    historyAccess: 'session',
    fields: { title: '标题字体', body: '正文字体', heading1: '一级标题字体', heading2: '二级标题字体', pageNumber: '页码字体', latin: '数字和西文字体' },
  },
} as const satisfies Record<string, RecordTypeMeta>

export type RecordType = keyof typeof RECORD_TYPES
export const RECORD_TYPE_NAMES = Object.keys(RECORD_TYPES) as RecordType[]
export const isRecordType = (s: string): s is RecordType => Object.hasOwn(RECORD_TYPES, s)

export function fieldMeta(type: RecordType, field: string): FieldMeta {
  const m = (RECORD_TYPES[type].fields as Record<string, FieldMeta | string>)[field]
  if (m === undefined) return { label: field }
  return typeof m === 'string' ? { label: m } : m
}
