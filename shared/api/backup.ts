import { z } from 'zod'
import { bodyLimitFor, defineOperation } from './contract'
import { usable, version } from './fields'

// 备份与恢复: verified copies of the database (SQLite online backup) and the attachments, a retention rule,
// an optional second folder, and restoring one.

/**
 * A full path on Windows (`E:\…`, a share `\\server\share…`) or POSIX (`/…`). A relative one would depend on
 * the folder the program happened to start in, and `.` would put the "second" copy beside the first.
 */
export const isAbsolutePath = (p: string): boolean => /^(?:[A-Za-z]:[\\/]|\\\\[^\\/]+[\\/][^\\/]+|\/)/.test(p)

export const BACKUP_REASONS = { daily: '每日自动', manual: '手动', migration: '升级前', restore: '恢复前' } as const
export type BackupReason = keyof typeof BACKUP_REASONS

export interface BackupInfo {
  /** The file name in the backups folder; the id a restore names. */
  fileName: string
  reason: BackupReason
  createdAt: string
  sizeBytes: number
  sha256: string
  schemaVersion: number
  /** The audit chain's head when the copy was taken: a later cut-off tail shows against it. */
  auditHead: { seq: number; hash: string } | null
  /** Attachment files the copy needs (all present in the backups folder). */
  attachments: number
  /** Where the copy also went (the second folder), or null. */
  secondCopy: string | null
}

export interface BackupSettings {
  /** A second folder (USB drive, network share) that gets a copy of every backup; '' for none. */
  secondFolder: string
  keepDaily: number
  keepMonthly: number
  version: number
}

export interface BackupState {
  dataDir: string
  backups: BackupInfo[]
  settings: BackupSettings
  /** The last automatic backup's failure (e.g. the second folder missing), until one succeeds. */
  lastError: string | null
}

/** One backup checked again (backup.verify). */
export interface BackupCheck {
  fileName: string
  /** What is wrong with the copy in the data folder, in Chinese; empty when it is whole. */
  problems: string[]
  /** The second folder's copy: same hash, not reachable (drive not connected or file gone), changed; null when none was made. */
  secondCopy: 'ok' | 'unreachable' | 'changed' | null
}

export interface BackupCheckReport {
  checkedAt: string
  backups: BackupCheck[]
}

export interface BackupProgress {
  running: boolean
  /** 0–100 while running. */
  percent: number
}

/** 工作台 · 备份 (admins): how old the newest backup is and when all were last checked. */
export interface BackupHealth {
  lastBackupAt: string | null
  /** Whole days since the newest backup; null when there is none. */
  lastBackupDays: number | null
  verifiedAt: string | null
  verifiedDays: number | null
  /** Copies the last check found wrong. */
  verifyProblems: number
  /** What the admin should do, in Chinese; empty when all is well. */
  warnings: string[]
}

/** A backup older than this many days is warned of; a check of all backups older than VERIFY_WARN_DAYS too. */
export const BACKUP_WARN_DAYS = 7
export const VERIFY_WARN_DAYS = 30

export const RESTORE_CONFIRMATION = '确认恢复'

/** Largest data package the web page can send as base64 in one request. */
export const MAX_IMPORT_BYTES = 23 * 1024 * 1024

export const backupOperations = {
  'backup.list': defineOperation<BackupState>()({
    summary: '备份列表和备份设置',
    mutates: false,
    input: z.object({}).strict(),
  }),
  'backup.create': defineOperation<BackupInfo>()({
    summary: '立即备份（数据库和附件，校验后记录）',
    mutates: true,
    outsideTransaction: true,
    input: z.object({}).strict(),
  }),
  'backup.progress': defineOperation<BackupProgress>()({
    summary: '正在进行的备份的进度',
    mutates: false,
    input: z.object({}).strict(),
  }),
  'backup.health': defineOperation<BackupHealth>()({ summary: '工作台：最近一次备份和最近一次校验全部备份', mutates: false, input: z.object({}).strict() }),
  'backup.verify': defineOperation<BackupCheckReport>()({
    summary: '校验全部备份（文件哈希、完整性检查、所需附件、第二备份位置的副本）；记下校验时间和结果',
    mutates: true,
    // Hashing every copy takes a while; it reads files only and must not hold the database meanwhile.
    outsideTransaction: true,
    input: z.object({}).strict(),
  }),
  'backup.settings.update': defineOperation<BackupSettings>()({
    summary: '修改备份设置（第二备份位置、保留份数）',
    mutates: true,
    input: z
      .object({
        secondFolder: z
          .string({ error: '第二备份位置应为文字' })
          .trim()
          .max(260, '路径过长')
          .refine(...usable('第二备份位置'))
          .refine((p) => p === '' || isAbsolutePath(p), '第二备份位置应为完整路径，例如 E:\\台账备份 或 \\\\服务器\\共享'),
        keepDaily: z.number({ error: '请填写保留天数' }).int('应为整数').min(3, '每日备份至少保留3份').max(90, '每日备份最多保留90份'),
        keepMonthly: z.number({ error: '请填写保留月数' }).int('应为整数').min(0, '不能为负数').max(60, '每月备份最多保留60份'),
        version,
      })
      .strict(),
  }),
  'backup.restore': defineOperation<{ restoredFrom: string; safetyCopy: string }>()({
    summary: '从备份恢复（先备份当前数据；恢复后所有人须重新登录）',
    mutates: true,
    outsideTransaction: true,
    input: z
      .object({
        fileName: z.string({ error: '请选择备份' }).trim().min(1, '请选择备份').max(200, '备份文件名无效'),
        confirm: z.literal(RESTORE_CONFIRMATION, { error: `请输入“${RESTORE_CONFIRMATION}”以确认` }),
      })
      .strict(),
  }),
  'backup.export': defineOperation<{ fileName: string; base64: string; sizeBytes: number }>()({
    summary: '导出全部数据（数据库和附件）为一个数据包，带到另一台电脑导入',
    mutates: false,
    outsideTransaction: true,
    input: z.object({}).strict(),
  }),
  'backup.import': defineOperation<{ safetyCopy: string; exportedAt: string }>()({
    summary: '导入数据包（先备份当前数据；导入后所有人须重新登录）',
    mutates: true,
    bodyLimit: bodyLimitFor(MAX_IMPORT_BYTES),
    outsideTransaction: true,
    input: z
      .object({
        fileName: z.string({ error: '缺少文件名' }).trim().min(1, '缺少文件名').max(200, '文件名过长'),
        base64: z
          .string({ error: '缺少文件内容' })
          .min(1, '缺少文件内容')
          .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, '数据包过大：网页版最多导入 23 MB，更大的请用桌面版')
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容编码无效'),
        confirm: z.literal(RESTORE_CONFIRMATION, { error: `请输入“${RESTORE_CONFIRMATION}”以确认` }),
      })
      .strict(),
  }),
}
