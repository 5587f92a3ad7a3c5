import type { Migration } from './types'

// 典型案例 (issue 17): the year's collections, one entry per nominated case with every saved text kept as a
// version, and the review trail (submitted, returned with comments, finalised, reopened); the masking setting.
export const m011TypicalCases: Migration = {
  version: 11,
  name: 'typical-cases',
  sql: `
CREATE TABLE typical_collections (
  id              TEXT PRIMARY KEY,
  year            INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  name            TEXT NOT NULL,
  intro           TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'published', 'withdrawn')),
  published_on    TEXT,
  channel         TEXT,
  withdrawn_on    TEXT CHECK (withdrawn_on IS NULL OR withdrawn_on >= published_on),
  withdraw_reason TEXT NOT NULL DEFAULT '',
  created_at      TEXT NOT NULL,
  created_by      TEXT NOT NULL REFERENCES users (id),
  updated_at      TEXT NOT NULL,
  updated_by      TEXT NOT NULL REFERENCES users (id),
  version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  voided_at       TEXT,
  voided_by       TEXT REFERENCES users (id),
  void_reason     TEXT,
  CHECK (status = 'open' OR published_on IS NOT NULL),
  CHECK (status <> 'withdrawn' OR withdrawn_on IS NOT NULL)
) STRICT;
CREATE UNIQUE INDEX typical_collections_name_ux ON typical_collections (year, name) WHERE voided_at IS NULL;

-- 编写中 → 已发布 → 已撤回, beneath core.
CREATE TRIGGER typical_collections_status_flow BEFORE UPDATE OF status ON typical_collections
WHEN NOT ((OLD.status = NEW.status) OR (OLD.status = 'open' AND NEW.status = 'published') OR (OLD.status = 'published' AND NEW.status = 'withdrawn'))
BEGIN SELECT RAISE(ABORT, 'this status change is not allowed'); END;
CREATE TRIGGER typical_collections_no_delete BEFORE DELETE ON typical_collections
BEGIN SELECT RAISE(ABORT, 'collections are voided, never deleted'); END;

CREATE TABLE typical_entries (
  id              TEXT PRIMARY KEY,
  collection_id   TEXT NOT NULL REFERENCES typical_collections (id),
  case_id         TEXT NOT NULL REFERENCES penalty_cases (id),
  position        INTEGER NOT NULL CHECK (position >= 1),
  status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'review', 'final')),
  current_version INTEGER NOT NULL DEFAULT 1 CHECK (current_version >= 1),
  -- The last finalised text, kept when a finalised entry is reopened as a new draft.
  final_version   INTEGER CHECK (final_version IS NULL OR final_version <= current_version),
  created_at      TEXT NOT NULL,
  created_by      TEXT NOT NULL REFERENCES users (id),
  updated_at      TEXT NOT NULL,
  updated_by      TEXT NOT NULL REFERENCES users (id),
  version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  voided_at       TEXT,
  voided_by       TEXT REFERENCES users (id),
  void_reason     TEXT,
  CHECK (status <> 'final' OR final_version = current_version)
) STRICT;
CREATE UNIQUE INDEX typical_entries_case_ux ON typical_entries (collection_id, case_id) WHERE voided_at IS NULL;
CREATE INDEX typical_entries_case_ix ON typical_entries (case_id);

-- 草稿 → 待审核 → 已定稿, 待审核 back to 草稿 (returned), 已定稿 reopened as a 草稿.
CREATE TRIGGER typical_entries_status_flow BEFORE UPDATE OF status ON typical_entries
WHEN NOT ((OLD.status = NEW.status)
  OR (OLD.status = 'draft' AND NEW.status = 'review')
  OR (OLD.status = 'review' AND NEW.status IN ('draft', 'final'))
  OR (OLD.status = 'final' AND NEW.status = 'draft'))
BEGIN SELECT RAISE(ABORT, 'this status change is not allowed'); END;
CREATE TRIGGER typical_entries_no_delete BEFORE DELETE ON typical_entries
BEGIN SELECT RAISE(ABORT, 'typical cases are voided, never deleted'); END;

-- Every saved text; a version is never changed or removed.
CREATE TABLE typical_versions (
  entry_id     TEXT NOT NULL REFERENCES typical_entries (id),
  version_no   INTEGER NOT NULL CHECK (version_no >= 1),
  title        TEXT NOT NULL,
  party        TEXT NOT NULL,
  summary      TEXT NOT NULL,
  result       TEXT NOT NULL,
  significance TEXT NOT NULL,
  legal_basis  TEXT NOT NULL,
  tags         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
  -- Personal data the writer confirmed may stay (each as found in the text).
  confirmed    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(confirmed)),
  saved_at     TEXT NOT NULL,
  saved_by     TEXT NOT NULL REFERENCES users (id),
  PRIMARY KEY (entry_id, version_no)
) STRICT;
CREATE TRIGGER typical_versions_frozen BEFORE UPDATE ON typical_versions
BEGIN SELECT RAISE(ABORT, 'a saved version is never changed'); END;
CREATE TRIGGER typical_versions_no_delete BEFORE DELETE ON typical_versions
BEGIN SELECT RAISE(ABORT, 'a saved version is never removed'); END;

CREATE TABLE typical_reviews (
  id         TEXT PRIMARY KEY,
  entry_id   TEXT NOT NULL REFERENCES typical_entries (id),
  action     TEXT NOT NULL CHECK (action IN ('submit', 'return', 'finalise', 'reopen')),
  version_no INTEGER NOT NULL,
  comment    TEXT NOT NULL DEFAULT '',
  at         TEXT NOT NULL,
  by         TEXT NOT NULL REFERENCES users (id)
) STRICT;
CREATE INDEX typical_reviews_entry_ix ON typical_reviews (entry_id, at);

-- 设置 → 典型案例: whether a natural person's own name is printed as 张某某 (ID numbers, phones, accounts and
-- home addresses always are).
CREATE TABLE typical_settings (
  id            TEXT PRIMARY KEY CHECK (id = 'typical_settings'),
  mask_own_name INTEGER NOT NULL CHECK (mask_own_name IN (0, 1)),
  updated_at    TEXT,
  updated_by    TEXT REFERENCES users (id),
  version       INTEGER NOT NULL DEFAULT 1
) STRICT;
INSERT INTO typical_settings (id, mask_own_name) VALUES ('typical_settings', 1);
`,
}
