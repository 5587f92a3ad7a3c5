import type { Migration } from './types'

// 专项行动 (issue 20): campaigns, their units, tasks and task photos, the form's items, each unit's report and
// its figures, and the seizures and destruction batches linked to a campaign. Beneath core: figures are whole
// and never negative, a report's figures and a locked campaign's reports cannot change, and a record is linked
// to one campaign at a time.
export const m016Campaigns: Migration = {
  version: 16,
  name: 'campaigns',
  sql: `
CREATE TABLE campaigns (
  id              TEXT PRIMARY KEY,
  campaign_year   INTEGER NOT NULL,
  campaign_seq    INTEGER NOT NULL CHECK (campaign_seq >= 1),
  campaign_no     TEXT NOT NULL,
  name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  kind            TEXT NOT NULL CHECK (kind IN ('consumer_day', 'iron_fist', 'inspection', 'other')),
  theme           TEXT NOT NULL DEFAULT '',
  start_date      TEXT NOT NULL,
  end_date        TEXT NOT NULL,
  lead_unit       TEXT NOT NULL,
  report_deadline TEXT,
  notes           TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'locked')),
  locked_at       TEXT,
  locked_by       TEXT REFERENCES users (id),
  created_at      TEXT NOT NULL,
  created_by      TEXT NOT NULL REFERENCES users (id),
  updated_at      TEXT NOT NULL,
  updated_by      TEXT NOT NULL REFERENCES users (id),
  version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  voided_at       TEXT,
  voided_by       TEXT REFERENCES users (id),
  void_reason     TEXT,
  CHECK (end_date >= start_date),
  CHECK (status = 'open' OR locked_at IS NOT NULL),
  CHECK (voided_at IS NULL OR status = 'open')
) STRICT;
CREATE UNIQUE INDEX campaigns_no_ux ON campaigns (campaign_no);
CREATE UNIQUE INDEX campaigns_seq_ux ON campaigns (campaign_year, campaign_seq);
CREATE INDEX campaigns_period_ix ON campaigns (start_date, end_date);
-- Locked is final.
CREATE TRIGGER campaigns_locked_final BEFORE UPDATE OF status ON campaigns
WHEN OLD.status = 'locked' AND NEW.status <> 'locked'
BEGIN SELECT RAISE(ABORT, 'a locked campaign stays locked'); END;

CREATE TABLE campaign_units (
  campaign_id TEXT NOT NULL REFERENCES campaigns (id),
  position    INTEGER NOT NULL CHECK (position >= 1),
  unit        TEXT NOT NULL CHECK (length(unit) BETWEEN 1 AND 50),
  PRIMARY KEY (campaign_id, unit)
) STRICT;

CREATE TABLE campaign_tasks (
  id              TEXT PRIMARY KEY,
  campaign_id     TEXT NOT NULL REFERENCES campaigns (id),
  seq             INTEGER NOT NULL CHECK (seq >= 1),
  work            TEXT NOT NULL,
  lead_office     TEXT NOT NULL,
  partners        TEXT NOT NULL DEFAULT '',
  owner           TEXT NOT NULL DEFAULT '',
  leader          TEXT NOT NULL DEFAULT '',
  due_date        TEXT,
  status          TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'done')),
  completion_note TEXT NOT NULL DEFAULT '',
  created_at      TEXT NOT NULL,
  created_by      TEXT NOT NULL REFERENCES users (id),
  updated_at      TEXT NOT NULL,
  updated_by      TEXT NOT NULL REFERENCES users (id),
  version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  voided_at       TEXT,
  voided_by       TEXT REFERENCES users (id),
  void_reason     TEXT
) STRICT;
CREATE INDEX campaign_tasks_campaign_ix ON campaign_tasks (campaign_id, seq);
CREATE INDEX campaign_tasks_due_ix ON campaign_tasks (due_date) WHERE status <> 'done' AND voided_at IS NULL;

CREATE TABLE campaign_task_photos (
  id          TEXT PRIMARY KEY,
  task_id     TEXT NOT NULL REFERENCES campaign_tasks (id),
  file_name   TEXT NOT NULL,
  mime        TEXT NOT NULL,
  size_bytes  INTEGER NOT NULL CHECK (size_bytes >= 0),
  sha256      TEXT NOT NULL,
  thumbnail   BLOB,
  taken_at    TEXT NOT NULL,
  place       TEXT NOT NULL,
  caption     TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL REFERENCES users (id),
  voided_at   TEXT,
  voided_by   TEXT REFERENCES users (id),
  void_reason TEXT
) STRICT;
CREATE INDEX campaign_task_photos_task_ix ON campaign_task_photos (task_id);

-- The form: kind 'count' and 'text' are typed by the units; a source names the records an item is filled from.
CREATE TABLE campaign_items (
  id          TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns (id),
  position    INTEGER NOT NULL CHECK (position >= 1),
  key         TEXT NOT NULL,
  name        TEXT NOT NULL,
  unit_word   TEXT NOT NULL DEFAULT '',
  group_name  TEXT NOT NULL DEFAULT '',
  note        TEXT NOT NULL DEFAULT '',
  kind        TEXT NOT NULL CHECK (kind IN ('count', 'text', 'money', 'weight')),
  source      TEXT CHECK (source IS NULL OR source IN ('seizures', 'seizure_value', 'destroyed_weight', 'destroyed_value', 'typical_published')),
  retired_at  TEXT,
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL REFERENCES users (id),
  CHECK (source IS NOT NULL OR kind IN ('count', 'text'))
) STRICT;
CREATE UNIQUE INDEX campaign_items_key_ux ON campaign_items (campaign_id, key) WHERE retired_at IS NULL;
CREATE INDEX campaign_items_campaign_ix ON campaign_items (campaign_id, position);

CREATE TABLE campaign_reports (
  id             TEXT PRIMARY KEY,
  campaign_id    TEXT NOT NULL REFERENCES campaigns (id),
  unit           TEXT NOT NULL,
  status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned')),
  submitted_at   TEXT,
  submitted_by   TEXT REFERENCES users (id),
  late           INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
  return_comment TEXT NOT NULL DEFAULT '',
  returned_at    TEXT,
  returned_by    TEXT REFERENCES users (id),
  created_at     TEXT NOT NULL,
  created_by     TEXT NOT NULL REFERENCES users (id),
  updated_at     TEXT NOT NULL,
  updated_by     TEXT NOT NULL REFERENCES users (id),
  version        INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  FOREIGN KEY (campaign_id, unit) REFERENCES campaign_units (campaign_id, unit),
  CHECK (status <> 'submitted' OR submitted_at IS NOT NULL)
) STRICT;
CREATE UNIQUE INDEX campaign_reports_unit_ux ON campaign_reports (campaign_id, unit);
-- A locked campaign's reports never change.
CREATE TRIGGER campaign_reports_locked BEFORE UPDATE ON campaign_reports
WHEN (SELECT status = 'locked' FROM campaigns WHERE id = OLD.campaign_id)
BEGIN SELECT RAISE(ABORT, 'the campaign is locked'); END;

-- value: a whole count, fen or grams; text for 亮点活动 and 其他. from_records: filled from the records.
CREATE TABLE campaign_figures (
  report_id    TEXT NOT NULL REFERENCES campaign_reports (id),
  item_id      TEXT NOT NULL REFERENCES campaign_items (id),
  value        INTEGER CHECK (value IS NULL OR value >= 0),
  text         TEXT NOT NULL DEFAULT '',
  from_records INTEGER NOT NULL DEFAULT 0 CHECK (from_records IN (0, 1)),
  PRIMARY KEY (report_id, item_id)
) STRICT;
-- Figures change only while their report is a draft or returned, never once submitted (beneath core).
CREATE TRIGGER campaign_figures_open_insert BEFORE INSERT ON campaign_figures
WHEN (SELECT status = 'submitted' FROM campaign_reports WHERE id = NEW.report_id)
BEGIN SELECT RAISE(ABORT, 'a submitted report is returned before its figures change'); END;
CREATE TRIGGER campaign_figures_open_update BEFORE UPDATE ON campaign_figures
WHEN (SELECT status = 'submitted' FROM campaign_reports WHERE id = OLD.report_id)
BEGIN SELECT RAISE(ABORT, 'a submitted report is returned before its figures change'); END;
CREATE TRIGGER campaign_figures_open_delete BEFORE DELETE ON campaign_figures
WHEN (SELECT status = 'submitted' FROM campaign_reports WHERE id = OLD.report_id)
BEGIN SELECT RAISE(ABORT, 'a submitted report is returned before its figures change'); END;

CREATE TABLE campaign_links (
  id           TEXT PRIMARY KEY,
  campaign_id  TEXT NOT NULL REFERENCES campaigns (id),
  record_type  TEXT NOT NULL CHECK (record_type IN ('seizure', 'destruction_batch')),
  record_id    TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  created_by   TEXT NOT NULL REFERENCES users (id),
  voided_at    TEXT,
  voided_by    TEXT REFERENCES users (id),
  void_reason  TEXT
) STRICT;
CREATE UNIQUE INDEX campaign_links_record_ux ON campaign_links (record_type, record_id) WHERE voided_at IS NULL;
CREATE INDEX campaign_links_campaign_ix ON campaign_links (campaign_id) WHERE voided_at IS NULL;
`,
}
