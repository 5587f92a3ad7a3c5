import type { Migration } from './types'

// 备份设置: one row — an optional second folder and how many daily and monthly backups to keep.
export const m005BackupSettings: Migration = {
  version: 5,
  name: 'backup-settings',
  sql: `
CREATE TABLE backup_settings (
  id            TEXT PRIMARY KEY,
  singleton     INTEGER NOT NULL DEFAULT 1 CHECK (singleton = 1),
  second_folder TEXT NOT NULL DEFAULT '',
  keep_daily    INTEGER NOT NULL CHECK (keep_daily BETWEEN 3 AND 90),
  keep_monthly  INTEGER NOT NULL CHECK (keep_monthly BETWEEN 0 AND 60),
  updated_at    TEXT NOT NULL,
  updated_by    TEXT REFERENCES users (id),
  version       INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
) STRICT;
CREATE UNIQUE INDEX backup_settings_singleton_ux ON backup_settings (singleton);
INSERT INTO backup_settings (id, keep_daily, keep_monthly, updated_at) VALUES ('backup', 14, 12, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
`,
}
