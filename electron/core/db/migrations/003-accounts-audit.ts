import type BetterSqlite3 from 'better-sqlite3'
import { entryHash, GENESIS_HASH } from '../../audit/chain'
import type { Migration } from './types'

// Account security (forced password change, lockout, last login), 安全设置, voidable archived documents,
// and the audit trail rebuilt as an append-only hash chain.
export const m003AccountsAudit: Migration = {
  version: 3,
  name: 'accounts-audit',
  sql: `
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0);
ALTER TABLE users ADD COLUMN locked_until TEXT;
ALTER TABLE users ADD COLUMN last_login_at TEXT;

CREATE TABLE security_settings (
  id               TEXT PRIMARY KEY,
  singleton        INTEGER NOT NULL DEFAULT 1 CHECK (singleton = 1),
  idle_minutes     INTEGER NOT NULL CHECK (idle_minutes BETWEEN 1 AND 480),
  lockout_attempts INTEGER NOT NULL CHECK (lockout_attempts BETWEEN 3 AND 20),
  lockout_minutes  INTEGER NOT NULL CHECK (lockout_minutes BETWEEN 1 AND 240),
  updated_at       TEXT NOT NULL,
  updated_by       TEXT REFERENCES users (id),
  version          INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
) STRICT;
CREATE UNIQUE INDEX security_settings_singleton_ux ON security_settings (singleton);
INSERT INTO security_settings (id, idle_minutes, lockout_attempts, lockout_minutes, updated_at)
  VALUES ('security', 30, 5, 15, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

ALTER TABLE document_archive ADD COLUMN voided_at TEXT;
ALTER TABLE document_archive ADD COLUMN voided_by TEXT REFERENCES users (id);
ALTER TABLE document_archive ADD COLUMN void_reason TEXT;

CREATE TABLE audit_chain (
  seq         INTEGER PRIMARY KEY CHECK (seq >= 1),
  at          TEXT NOT NULL,
  user_id     TEXT REFERENCES users (id),
  operation   TEXT NOT NULL,
  action      TEXT NOT NULL,
  record_type TEXT NOT NULL,
  record_id   TEXT,
  changes     TEXT NOT NULL DEFAULT '{}',
  note        TEXT,
  prev_hash   TEXT NOT NULL CHECK (length(prev_hash) = 64),
  hash        TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
) STRICT;
`,
  run(db) {
    copyLegacyEntries(db)
    db.exec(`
DROP TABLE audit_log;
ALTER TABLE audit_chain RENAME TO audit_log;
CREATE INDEX audit_log_record_ix ON audit_log (record_type, record_id, seq);
CREATE INDEX audit_log_user_ix ON audit_log (user_id, seq);
CREATE INDEX audit_log_at_ix ON audit_log (at);
-- Append-only: the app never changes or removes an entry. (Someone with the file can drop these
-- triggers; the hash chain is what shows that it happened.)
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
`)
  },
}

interface LegacyRow {
  at: string
  user_id: string | null
  operation: string
  record_type: string
  record_id: string | null
  detail: string
}

/** Entries written before the chain existed move over in their order, each chained. */
function copyLegacyEntries(db: BetterSqlite3.Database): void {
  const rows = db.prepare('SELECT at, user_id, operation, record_type, record_id, detail FROM audit_log ORDER BY at, id').all() as LegacyRow[]
  const insert = db.prepare(
    `INSERT INTO audit_chain (seq, at, user_id, operation, action, record_type, record_id, changes, note, prev_hash, hash)
     VALUES (@seq, @at, @user_id, @operation, @action, @record_type, @record_id, @changes, @note, @prev_hash, @hash)`,
  )
  let prev = GENESIS_HASH
  rows.forEach((r, i) => {
    const entry = {
      seq: i + 1,
      prev_hash: prev,
      at: r.at,
      user_id: r.user_id,
      operation: r.operation,
      action: 'legacy',
      record_type: r.record_type,
      record_id: r.record_id,
      changes: legacyChanges(r.detail),
      note: null,
    }
    const hash = entryHash(entry)
    insert.run({ ...entry, hash })
    prev = hash
  })
}

/** Old entries held either { changes: { field: [old, new] } } or the new values themselves. */
function legacyChanges(detail: string): string {
  const d = JSON.parse(detail) as Record<string, unknown>
  if (d.changes && typeof d.changes === 'object') return JSON.stringify(d.changes)
  const values = (d.created && typeof d.created === 'object' ? d.created : d) as Record<string, unknown>
  return JSON.stringify(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, [null, v]])))
}
