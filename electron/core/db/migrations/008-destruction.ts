import type { Migration } from './types'

// 销毁管理 (issue 15): destruction batches, their people, lines, corrections and photos; a counter table for
// every numbered record from here on; and on each item line the confiscated quantity and what live batches
// hold of it, kept by triggers so they cannot drift from the facts, with the one rule beneath core: a batch
// never holds more of a line than was confiscated (the same quantity is never in two live batches).
export const m008Destruction: Migration = {
  version: 8,
  name: 'destruction',
  sql: `
-- The last number used per kind and year (e.g. destruction batches 2027-XH-003): never reused.
CREATE TABLE number_counters (
  kind    TEXT NOT NULL,
  year    INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  last_no INTEGER NOT NULL CHECK (last_no >= 1),
  PRIMARY KEY (kind, year)
) STRICT;

CREATE TABLE destruction_batches (
  id               TEXT PRIMARY KEY,
  batch_year       INTEGER NOT NULL,
  batch_seq        INTEGER NOT NULL CHECK (batch_seq >= 1),
  batch_no         TEXT NOT NULL,
  status           TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved', 'executed')),
  planned_date     TEXT NOT NULL,
  place            TEXT NOT NULL,
  method           TEXT NOT NULL,
  contractor       TEXT NOT NULL DEFAULT '',
  media            TEXT NOT NULL DEFAULT '',
  environment_note TEXT NOT NULL DEFAULT '',
  campaign         TEXT NOT NULL DEFAULT '',
  contact          TEXT NOT NULL DEFAULT '',
  notes            TEXT NOT NULL DEFAULT '',
  request          TEXT NOT NULL DEFAULT '',
  submitted_at     TEXT,
  submitted_by     TEXT REFERENCES users (id),
  return_reason    TEXT NOT NULL DEFAULT '',
  approval_opinion TEXT,
  approval_date    TEXT,
  approved_at      TEXT,
  approved_by      TEXT REFERENCES users (id),
  actual_date      TEXT,
  execution_note   TEXT NOT NULL DEFAULT '',
  executed_at      TEXT,
  executed_by      TEXT REFERENCES users (id),
  -- Cached totals of the lines (planned until executed, destroyed after) for the list.
  line_count       INTEGER NOT NULL DEFAULT 0,
  weight_g         INTEGER NOT NULL DEFAULT 0,
  value_fen        INTEGER NOT NULL DEFAULT 0,
  created_at       TEXT NOT NULL,
  created_by       TEXT NOT NULL REFERENCES users (id),
  updated_at       TEXT NOT NULL,
  updated_by       TEXT NOT NULL REFERENCES users (id),
  version          INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  voided_at        TEXT,
  voided_by        TEXT REFERENCES users (id),
  void_reason      TEXT,
  CHECK (voided_at IS NULL OR status = 'draft'),
  CHECK (status IN ('draft', 'submitted') OR approved_at IS NOT NULL),
  CHECK (status <> 'executed' OR (actual_date IS NOT NULL AND actual_date >= approval_date))
) STRICT;
CREATE UNIQUE INDEX destruction_batches_no_ux ON destruction_batches (batch_no);
CREATE UNIQUE INDEX destruction_batches_seq_ux ON destruction_batches (batch_year, batch_seq);
CREATE INDEX destruction_batches_status_ix ON destruction_batches (status, batch_year, batch_seq);

-- Executing officers (with 执法证号), supervisors (监督人员) and witnesses (见证人), in order.
CREATE TABLE destruction_people (
  batch_id TEXT NOT NULL REFERENCES destruction_batches (id),
  role     TEXT NOT NULL CHECK (role IN ('officer', 'supervisor', 'witness')),
  position INTEGER NOT NULL CHECK (position >= 1),
  name     TEXT NOT NULL,
  cert_no  TEXT NOT NULL DEFAULT '',
  unit     TEXT NOT NULL DEFAULT '',
  capacity TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (batch_id, role, position)
) STRICT;

-- held_milli is what the line takes from the stock now: the plan while the batch is open, what was destroyed
-- once executed, nothing once its batch is voided.
CREATE TABLE destruction_lines (
  id                 TEXT PRIMARY KEY,
  batch_id           TEXT NOT NULL REFERENCES destruction_batches (id),
  item_id            TEXT NOT NULL REFERENCES seizure_items (id),
  seizure_id         TEXT NOT NULL REFERENCES seizures (id),
  position           INTEGER NOT NULL CHECK (position >= 1),
  planned_milli      INTEGER NOT NULL CHECK (planned_milli > 0),
  destroyed_milli    INTEGER CHECK (destroyed_milli >= 0),
  destroyed_weight_g INTEGER CHECK (destroyed_weight_g >= 0),
  short_reason       TEXT NOT NULL DEFAULT '',
  held_milli         INTEGER NOT NULL CHECK (held_milli >= 0),
  created_at         TEXT NOT NULL,
  created_by         TEXT NOT NULL REFERENCES users (id)
) STRICT;
CREATE UNIQUE INDEX destruction_lines_item_ux ON destruction_lines (batch_id, item_id);
CREATE INDEX destruction_lines_batch_ix ON destruction_lines (batch_id, position);
CREATE INDEX destruction_lines_item_ix ON destruction_lines (item_id);
CREATE INDEX destruction_lines_seizure_ix ON destruction_lines (seizure_id);

CREATE TABLE destruction_corrections (
  id         TEXT PRIMARY KEY,
  batch_id   TEXT NOT NULL REFERENCES destruction_batches (id),
  line_id    TEXT REFERENCES destruction_lines (id),
  field      TEXT NOT NULL,
  old_value  TEXT NOT NULL,
  new_value  TEXT NOT NULL,
  reason     TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id)
) STRICT;
CREATE INDEX destruction_corrections_batch_ix ON destruction_corrections (batch_id);

-- Photos and scans of the signed record; the bytes in the same content store as seizures' attachments.
CREATE TABLE destruction_attachments (
  id          TEXT PRIMARY KEY,
  batch_id    TEXT NOT NULL REFERENCES destruction_batches (id),
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
CREATE INDEX destruction_attachments_batch_ix ON destruction_attachments (batch_id);
CREATE INDEX destruction_attachments_sha256_ix ON destruction_attachments (sha256);

-- The stock, on each line: confiscated (live 没收 outcomes) and held by live batches. The CHECK is the rule.
ALTER TABLE seizure_items ADD COLUMN confiscated_milli INTEGER NOT NULL DEFAULT 0 CHECK (confiscated_milli >= 0);
ALTER TABLE seizure_items ADD COLUMN batch_milli INTEGER NOT NULL DEFAULT 0 CHECK (batch_milli >= 0 AND batch_milli <= confiscated_milli);
UPDATE seizure_items SET confiscated_milli = ifnull((SELECT sum(qty_milli) FROM seizure_outcomes o
  WHERE o.item_id = seizure_items.id AND o.kind = 'confiscation' AND o.voided_at IS NULL), 0);
-- 待销毁物品: the few lines with something left to destroy, newest seizure first.
CREATE INDEX seizure_items_stock_ix ON seizure_items (seizure_id, line_no) WHERE confiscated_milli > batch_milli AND voided_at IS NULL;

CREATE TRIGGER seizure_outcomes_confiscated_ai AFTER INSERT ON seizure_outcomes
WHEN NEW.kind = 'confiscation' AND NEW.voided_at IS NULL
BEGIN UPDATE seizure_items SET confiscated_milli = confiscated_milli + NEW.qty_milli WHERE id = NEW.item_id; END;
CREATE TRIGGER seizure_outcomes_confiscated_au AFTER UPDATE OF voided_at ON seizure_outcomes
WHEN NEW.kind = 'confiscation' AND (OLD.voided_at IS NULL) <> (NEW.voided_at IS NULL)
BEGIN UPDATE seizure_items SET confiscated_milli = confiscated_milli + CASE WHEN NEW.voided_at IS NULL THEN NEW.qty_milli ELSE -NEW.qty_milli END WHERE id = NEW.item_id; END;
-- An outcome's kind, line and quantity are facts: changed only by voiding it and recording another.
CREATE TRIGGER seizure_outcomes_facts_fixed BEFORE UPDATE OF kind, item_id, qty_milli ON seizure_outcomes
BEGIN SELECT RAISE(ABORT, 'an outcome is voided and recorded again, never edited'); END;

CREATE TRIGGER destruction_lines_held_ai AFTER INSERT ON destruction_lines
BEGIN UPDATE seizure_items SET batch_milli = batch_milli + NEW.held_milli WHERE id = NEW.item_id; END;
CREATE TRIGGER destruction_lines_held_au AFTER UPDATE OF held_milli ON destruction_lines
BEGIN UPDATE seizure_items SET batch_milli = batch_milli - OLD.held_milli + NEW.held_milli WHERE id = NEW.item_id; END;
CREATE TRIGGER destruction_lines_held_ad AFTER DELETE ON destruction_lines
BEGIN UPDATE seizure_items SET batch_milli = batch_milli - OLD.held_milli WHERE id = OLD.item_id; END;
CREATE TRIGGER destruction_lines_item_fixed BEFORE UPDATE OF item_id, batch_id ON destruction_lines
BEGIN SELECT RAISE(ABORT, 'a batch line keeps its item'); END;

-- Lines change only while their batch is a draft; at execution only what was destroyed is written.
CREATE TRIGGER destruction_lines_draft_insert BEFORE INSERT ON destruction_lines
WHEN (SELECT status <> 'draft' OR voided_at IS NOT NULL FROM destruction_batches WHERE id = NEW.batch_id)
BEGIN SELECT RAISE(ABORT, 'lines are added only to a draft batch'); END;
CREATE TRIGGER destruction_lines_draft_delete BEFORE DELETE ON destruction_lines
WHEN (SELECT status <> 'draft' OR voided_at IS NOT NULL FROM destruction_batches WHERE id = OLD.batch_id)
BEGIN SELECT RAISE(ABORT, 'lines are removed only from a draft batch'); END;
CREATE TRIGGER destruction_lines_planned_draft BEFORE UPDATE OF planned_milli ON destruction_lines
WHEN (SELECT status <> 'draft' FROM destruction_batches WHERE id = NEW.batch_id)
BEGIN SELECT RAISE(ABORT, 'the plan changes only in a draft batch'); END;
CREATE TRIGGER destruction_lines_destroyed_executed BEFORE UPDATE OF destroyed_milli, destroyed_weight_g ON destruction_lines
WHEN (SELECT status NOT IN ('approved', 'executed') FROM destruction_batches WHERE id = NEW.batch_id)
BEGIN SELECT RAISE(ABORT, 'destroyed quantities are written only when an approved batch is executed'); END;

-- The workflow, beneath core: 草稿 → 待审批 → 已批准 → 已销毁, sent back to 草稿; executed is final.
CREATE TRIGGER destruction_batches_status_flow BEFORE UPDATE OF status ON destruction_batches
WHEN NOT ((OLD.status = NEW.status)
  OR (OLD.status = 'draft' AND NEW.status = 'submitted')
  OR (OLD.status = 'submitted' AND NEW.status IN ('draft', 'approved'))
  OR (OLD.status = 'approved' AND NEW.status = 'executed'))
BEGIN SELECT RAISE(ABORT, 'this status change is not allowed'); END;
CREATE TRIGGER destruction_batches_void_once BEFORE UPDATE OF voided_at ON destruction_batches
WHEN OLD.voided_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a voided batch stays voided'); END;
CREATE TRIGGER destruction_batches_no_delete BEFORE DELETE ON destruction_batches
BEGIN SELECT RAISE(ABORT, 'batches are voided, never deleted'); END;
`,
}
