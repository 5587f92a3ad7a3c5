import type { Migration } from './types'

// 查扣登记: seizures with officers, item lines, outcomes, term pauses; storage locations; attachments by content
// hash; the per-year register counter; the trigram search index.
export const m004Seizures: Migration = {
  version: 4,
  name: 'seizures',
  sql: `
CREATE TABLE storage_locations (
  id          TEXT PRIMARY KEY,
  parent_id   TEXT REFERENCES storage_locations (id),
  level       INTEGER NOT NULL CHECK (level BETWEEN 0 AND 2),
  name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 30),
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL REFERENCES users (id),
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL REFERENCES users (id),
  version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  voided_at   TEXT,
  voided_by   TEXT REFERENCES users (id),
  void_reason TEXT,
  CHECK ((parent_id IS NULL) = (level = 0))
) STRICT;
CREATE UNIQUE INDEX storage_locations_name_ux ON storage_locations (ifnull(parent_id, ''), name) WHERE voided_at IS NULL;

-- The last register number used per year: numbers are never reused, voided records keep theirs.
CREATE TABLE seizure_counters (
  year    INTEGER PRIMARY KEY CHECK (year BETWEEN 1990 AND 2100),
  last_no INTEGER NOT NULL CHECK (last_no >= 1)
) STRICT;

CREATE TABLE seizures (
  id                    TEXT PRIMARY KEY,
  register_year         INTEGER NOT NULL,
  register_seq          INTEGER NOT NULL CHECK (register_seq >= 1),
  register_no           TEXT NOT NULL,
  kind                  TEXT NOT NULL CHECK (kind IN ('detention', 'sealing', 'preservation')),
  decision_no           TEXT NOT NULL,
  decision_date         TEXT NOT NULL,
  place                 TEXT NOT NULL,
  source                TEXT NOT NULL,
  source_note           TEXT NOT NULL DEFAULT '',
  unit                  TEXT NOT NULL,
  party_type            TEXT NOT NULL,
  party_name            TEXT NOT NULL,
  party_id_no           TEXT NOT NULL DEFAULT '',
  party_id_unverified   INTEGER NOT NULL DEFAULT 0 CHECK (party_id_unverified IN (0, 1)),
  party_legal_rep       TEXT NOT NULL DEFAULT '',
  party_address         TEXT NOT NULL DEFAULT '',
  party_phone           TEXT NOT NULL DEFAULT '',
  notes                 TEXT NOT NULL DEFAULT '',
  extension_days        INTEGER CHECK (extension_days BETWEEN 1 AND 30),
  extension_reason      TEXT,
  extension_notice_date TEXT,
  extension_by          TEXT REFERENCES users (id),
  extension_at          TEXT,
  -- Cached from the facts by core (seizures/derived.ts) in the transaction of every change to them, so the
  -- list filters and sorts 100,000 records by index instead of re-adding lines and outcomes per row:
  -- last day of the term (null while a pause is open), quantity still held, quantity disposed of, total value.
  term_end              TEXT,
  held_milli            INTEGER NOT NULL DEFAULT 0 CHECK (held_milli >= 0),
  disposed_milli        INTEGER NOT NULL DEFAULT 0 CHECK (disposed_milli >= 0),
  value_fen             INTEGER NOT NULL DEFAULT 0 CHECK (value_fen >= 0),
  created_at            TEXT NOT NULL,
  created_by            TEXT NOT NULL REFERENCES users (id),
  updated_at            TEXT NOT NULL,
  updated_by            TEXT NOT NULL REFERENCES users (id),
  version               INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  voided_at             TEXT,
  voided_by             TEXT REFERENCES users (id),
  void_reason           TEXT
) STRICT;
CREATE UNIQUE INDEX seizures_register_no_ux ON seizures (register_no);
CREATE UNIQUE INDEX seizures_register_seq_ux ON seizures (register_year, register_seq);
CREATE UNIQUE INDEX seizures_decision_no_ux ON seizures (decision_no) WHERE voided_at IS NULL;
CREATE INDEX seizures_decision_date_ix ON seizures (decision_date);
CREATE INDEX seizures_term_end_ix ON seizures (term_end);
CREATE INDEX seizures_value_ix ON seizures (value_fen);
CREATE INDEX seizures_unit_ix ON seizures (unit);
CREATE INDEX seizures_party_name_ix ON seizures (party_name);

CREATE TABLE seizure_officers (
  seizure_id TEXT NOT NULL REFERENCES seizures (id),
  position   INTEGER NOT NULL CHECK (position >= 1),
  name       TEXT NOT NULL,
  cert_no    TEXT NOT NULL,
  PRIMARY KEY (seizure_id, position)
) STRICT;
CREATE INDEX seizure_officers_name_ix ON seizure_officers (name);

CREATE TABLE seizure_items (
  id                  TEXT PRIMARY KEY,
  seizure_id          TEXT NOT NULL REFERENCES seizures (id),
  line_no             INTEGER NOT NULL CHECK (line_no >= 1),
  name                TEXT NOT NULL,
  brand               TEXT NOT NULL DEFAULT '',
  spec                TEXT NOT NULL DEFAULT '',
  category            TEXT NOT NULL,
  qty_milli           INTEGER NOT NULL CHECK (qty_milli > 0),
  unit                TEXT NOT NULL,
  weight_g            INTEGER CHECK (weight_g >= 0),
  value_fen           INTEGER CHECK (value_fen >= 0),
  storage_location_id TEXT REFERENCES storage_locations (id),
  note                TEXT NOT NULL DEFAULT '',
  created_at          TEXT NOT NULL,
  created_by          TEXT NOT NULL REFERENCES users (id),
  updated_at          TEXT NOT NULL,
  updated_by          TEXT NOT NULL REFERENCES users (id),
  -- A line taken out in a correction: kept, with its values in the audit trail.
  voided_at           TEXT,
  voided_by           TEXT REFERENCES users (id)
) STRICT;
CREATE INDEX seizure_items_seizure_ix ON seizure_items (seizure_id, line_no);
CREATE INDEX seizure_items_category_ix ON seizure_items (category, seizure_id);

CREATE TABLE seizure_outcomes (
  id             TEXT PRIMARY KEY,
  seizure_id     TEXT NOT NULL REFERENCES seizures (id),
  item_id        TEXT NOT NULL REFERENCES seizure_items (id),
  kind           TEXT NOT NULL CHECK (kind IN ('release', 'confiscation', 'transfer')),
  qty_milli      INTEGER NOT NULL CHECK (qty_milli > 0),
  date           TEXT NOT NULL,
  doc_no         TEXT NOT NULL,
  receiving_unit TEXT NOT NULL DEFAULT '',
  note           TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL,
  created_by     TEXT NOT NULL REFERENCES users (id),
  voided_at      TEXT,
  voided_by      TEXT REFERENCES users (id),
  void_reason    TEXT
) STRICT;
CREATE INDEX seizure_outcomes_seizure_ix ON seizure_outcomes (seizure_id);
CREATE INDEX seizure_outcomes_item_ix ON seizure_outcomes (item_id);

-- Last line of defence under core's own check: a line's outcomes never exceed its quantity.
CREATE TRIGGER seizure_outcomes_not_over_insert BEFORE INSERT ON seizure_outcomes
WHEN NEW.voided_at IS NULL AND NEW.qty_milli + (SELECT ifnull(sum(qty_milli), 0) FROM seizure_outcomes
  WHERE item_id = NEW.item_id AND voided_at IS NULL) > (SELECT qty_milli FROM seizure_items WHERE id = NEW.item_id)
BEGIN SELECT RAISE(ABORT, 'outcome exceeds the remaining quantity'); END;
CREATE TRIGGER seizure_items_not_below_outcomes BEFORE UPDATE OF qty_milli ON seizure_items
WHEN NEW.qty_milli < (SELECT ifnull(sum(qty_milli), 0) FROM seizure_outcomes WHERE item_id = NEW.id AND voided_at IS NULL)
BEGIN SELECT RAISE(ABORT, 'quantity below the disposed quantity'); END;

CREATE TABLE seizure_pauses (
  id          TEXT PRIMARY KEY,
  seizure_id  TEXT NOT NULL REFERENCES seizures (id),
  kind        TEXT NOT NULL CHECK (kind IN ('testing', 'inspection', 'quarantine', 'appraisal')),
  start_date  TEXT NOT NULL,
  end_date    TEXT CHECK (end_date IS NULL OR end_date >= start_date),
  note        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL REFERENCES users (id),
  voided_at   TEXT,
  voided_by   TEXT REFERENCES users (id),
  void_reason TEXT
) STRICT;
CREATE INDEX seizure_pauses_seizure_ix ON seizure_pauses (seizure_id);

-- Photos and scans; the bytes live in <data>/attachments/<sha256[0:2]>/<sha256>, once per content.
CREATE TABLE attachments (
  id          TEXT PRIMARY KEY,
  seizure_id  TEXT NOT NULL REFERENCES seizures (id),
  item_id     TEXT REFERENCES seizure_items (id),
  file_name   TEXT NOT NULL,
  mime        TEXT NOT NULL,
  size_bytes  INTEGER NOT NULL CHECK (size_bytes > 0),
  sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
  thumbnail   BLOB,
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL REFERENCES users (id),
  voided_at   TEXT,
  voided_by   TEXT REFERENCES users (id),
  void_reason TEXT
) STRICT;
CREATE INDEX attachments_seizure_ix ON attachments (seizure_id);
CREATE INDEX attachments_sha256_ix ON attachments (sha256);

-- One search text per seizure: numbers, party, item names and brands (seizures/search.ts). The trigram index
-- finds substrings of 3+ characters; 1–2 characters are found by LIKE over this plain table. The index is
-- kept in step by triggers, so it changes in the same transaction as the text.
CREATE TABLE seizure_search_text (
  id         INTEGER PRIMARY KEY,
  seizure_id TEXT NOT NULL UNIQUE REFERENCES seizures (id),
  body       TEXT NOT NULL
) STRICT;
CREATE VIRTUAL TABLE seizure_search USING fts5(body, content = 'seizure_search_text', content_rowid = 'id', tokenize = 'trigram');
CREATE TRIGGER seizure_search_text_ai AFTER INSERT ON seizure_search_text BEGIN
  INSERT INTO seizure_search (rowid, body) VALUES (NEW.id, NEW.body);
END;
CREATE TRIGGER seizure_search_text_ad AFTER DELETE ON seizure_search_text BEGIN
  INSERT INTO seizure_search (seizure_search, rowid, body) VALUES ('delete', OLD.id, OLD.body);
END;
CREATE TRIGGER seizure_search_text_au AFTER UPDATE ON seizure_search_text BEGIN
  INSERT INTO seizure_search (seizure_search, rowid, body) VALUES ('delete', OLD.id, OLD.body);
  INSERT INTO seizure_search (rowid, body) VALUES (NEW.id, NEW.body);
END;
`,
}
