import type { Migration } from './types'

// Agency profile, accounts with roles, and the audit trail.
export const m001Foundation: Migration = {
  version: 1,
  name: 'foundation',
  sql: `
CREATE TABLE agency_profile (
  id          TEXT PRIMARY KEY,
  singleton   INTEGER NOT NULL DEFAULT 1 CHECK (singleton = 1),
  full_name   TEXT NOT NULL CHECK (length(full_name) BETWEEN 1 AND 60),
  short_name  TEXT NOT NULL CHECK (length(short_name) BETWEEN 1 AND 12),
  address     TEXT NOT NULL DEFAULT '',
  phone       TEXT NOT NULL DEFAULT '',
  postcode    TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  created_by  TEXT REFERENCES users (id),
  updated_at  TEXT NOT NULL,
  updated_by  TEXT REFERENCES users (id),
  version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
) STRICT;
CREATE UNIQUE INDEX agency_profile_singleton_ux ON agency_profile (singleton);

CREATE TABLE users (
  id            TEXT PRIMARY KEY,
  login         TEXT NOT NULL COLLATE NOCASE,
  name          TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at    TEXT NOT NULL,
  created_by    TEXT REFERENCES users (id),
  updated_at    TEXT NOT NULL,
  updated_by    TEXT REFERENCES users (id),
  version       INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  voided_at     TEXT,
  voided_by     TEXT REFERENCES users (id),
  void_reason   TEXT
) STRICT;
CREATE UNIQUE INDEX users_login_ux ON users (login);

CREATE TABLE user_roles (
  user_id TEXT NOT NULL REFERENCES users (id),
  role    TEXT NOT NULL CHECK (role IN ('clerk', 'legal', 'approver', 'admin')),
  PRIMARY KEY (user_id, role)
) STRICT;

CREATE TABLE audit_log (
  id          TEXT PRIMARY KEY,
  at          TEXT NOT NULL,
  user_id     TEXT REFERENCES users (id),
  operation   TEXT NOT NULL,
  record_type TEXT NOT NULL,
  record_id   TEXT,
  detail      TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX audit_log_record_ix ON audit_log (record_type, record_id);
CREATE INDEX audit_log_at_ix ON audit_log (at);
`,
}
