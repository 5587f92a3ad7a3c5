import type { Migration } from './types'

// 工作台 · 备份 (issue 19): when 校验全部备份 last ran and how many copies it found wrong, so the admins are told
// when it has not run for 30 days.
export const m014BackupVerified: Migration = {
  version: 14,
  name: 'backup-verified',
  sql: `
ALTER TABLE backup_settings ADD COLUMN verified_at TEXT;
ALTER TABLE backup_settings ADD COLUMN verify_problems INTEGER NOT NULL DEFAULT 0 CHECK (verify_problems >= 0);
`,
}
