import type { Migration } from './types'

// 处罚案件 (issue 16): the case register with its officers, linked seizures, extensions and uncounted periods,
// its publication, and its deadlines cached (cases/derived.ts) so the list filters and sorts by them by index.
export const m010Cases: Migration = {
  version: 10,
  name: 'cases',
  sql: `
CREATE TABLE penalty_cases (
  id                         TEXT PRIMARY KEY,
  case_year                  INTEGER NOT NULL,
  case_seq                   INTEGER NOT NULL CHECK (case_seq >= 1),
  case_no                    TEXT NOT NULL,
  status                     TEXT NOT NULL DEFAULT 'filed' CHECK (status IN ('filed', 'decided', 'executed', 'closed', 'not_punished', 'cancelled')),
  filing_date                TEXT NOT NULL,
  filing_no                  TEXT NOT NULL DEFAULT '',
  procedure                  TEXT NOT NULL CHECK (procedure IN ('ordinary', 'summary')),
  party_type                 TEXT NOT NULL,
  party_name                 TEXT NOT NULL,
  party_id_no                TEXT NOT NULL DEFAULT '',
  party_id_unverified        INTEGER NOT NULL DEFAULT 0 CHECK (party_id_unverified IN (0, 1)),
  party_legal_rep            TEXT NOT NULL DEFAULT '',
  party_address              TEXT NOT NULL DEFAULT '',
  party_phone                TEXT NOT NULL DEFAULT '',
  field                      TEXT NOT NULL,
  source                     TEXT NOT NULL,
  facts                      TEXT NOT NULL,
  evidence                   TEXT NOT NULL DEFAULT '',
  provisions_violated        TEXT NOT NULL DEFAULT '',
  legal_basis                TEXT NOT NULL DEFAULT '',
  penalty_kinds              TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(penalty_kinds)),
  fine_fen                   INTEGER NOT NULL DEFAULT 0 CHECK (fine_fen >= 0),
  gains_fen                  INTEGER NOT NULL DEFAULT 0 CHECK (gains_fen >= 0),
  property_description       TEXT NOT NULL DEFAULT '',
  property_value_fen         INTEGER NOT NULL DEFAULT 0 CHECK (property_value_fen >= 0),
  police_unit                TEXT,
  police_date                TEXT,
  police_doc_no              TEXT,
  unit                       TEXT NOT NULL,
  legal_reviewer             TEXT,
  legal_review_date          TEXT,
  collective_discussion_date TEXT,
  restriction_end            TEXT,
  notes                      TEXT NOT NULL DEFAULT '',
  decision_no                TEXT NOT NULL DEFAULT '',
  decision_date              TEXT CHECK (decision_date IS NULL OR decision_date >= filing_date),
  service_date               TEXT CHECK (service_date IS NULL OR service_date >= decision_date),
  paid_on                    TEXT CHECK (paid_on IS NULL OR paid_on >= service_date),
  paid_fen                   INTEGER CHECK (paid_fen >= 0),
  surcharge_paid_fen         INTEGER CHECK (surcharge_paid_fen >= 0),
  end_date                   TEXT,
  end_reason                 TEXT NOT NULL DEFAULT '',
  revoked_on                 TEXT,
  revoke_reason              TEXT NOT NULL DEFAULT '',
  published_on               TEXT,
  publication_channel        TEXT,
  published_by               TEXT,
  withdrawn_on               TEXT,
  withdraw_reason            TEXT NOT NULL DEFAULT '',
  early_stop_on              TEXT,
  early_stop_conditions      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(early_stop_conditions)),
  -- Cached by core (cases/derived.ts) in the transaction of every change to their facts.
  decision_due               TEXT,
  publication_due            TEXT,
  withdrawal_due             TEXT,
  payment_due                TEXT,
  publicity_end              TEXT,
  next_due                   TEXT,
  next_due_kind              TEXT,
  officer_names              TEXT NOT NULL DEFAULT '',
  search_text                TEXT NOT NULL DEFAULT '',
  created_at                 TEXT NOT NULL,
  created_by                 TEXT NOT NULL REFERENCES users (id),
  updated_at                 TEXT NOT NULL,
  updated_by                 TEXT NOT NULL REFERENCES users (id),
  version                    INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  voided_at                  TEXT,
  voided_by                  TEXT REFERENCES users (id),
  void_reason                TEXT,
  CHECK (status = 'filed' OR status IN ('not_punished', 'cancelled') OR (decision_date IS NOT NULL AND decision_no <> ''))
) STRICT;
CREATE UNIQUE INDEX penalty_cases_no_ux ON penalty_cases (case_no);
CREATE UNIQUE INDEX penalty_cases_seq_ux ON penalty_cases (case_year, case_seq);
CREATE UNIQUE INDEX penalty_cases_decision_no_ux ON penalty_cases (decision_no) WHERE voided_at IS NULL AND decision_no <> '';
CREATE INDEX penalty_cases_next_due_ix ON penalty_cases (next_due, case_year, case_seq) WHERE next_due IS NOT NULL;
CREATE INDEX penalty_cases_filing_ix ON penalty_cases (filing_date, case_year, case_seq);

-- The workflow beneath core: 已立案 → 已决定 → 已执行 → 已结案, or from 已立案 不予处罚 / 撤销立案.
CREATE TRIGGER penalty_cases_status_flow BEFORE UPDATE OF status ON penalty_cases
WHEN NOT ((OLD.status = NEW.status)
  OR (OLD.status = 'filed' AND NEW.status IN ('decided', 'not_punished', 'cancelled'))
  OR (OLD.status = 'decided' AND NEW.status = 'executed')
  OR (OLD.status = 'executed' AND NEW.status = 'closed'))
BEGIN SELECT RAISE(ABORT, 'this status change is not allowed'); END;
CREATE TRIGGER penalty_cases_no_delete BEFORE DELETE ON penalty_cases
BEGIN SELECT RAISE(ABORT, 'cases are voided, never deleted'); END;

CREATE TABLE case_officers (
  case_id  TEXT NOT NULL REFERENCES penalty_cases (id),
  position INTEGER NOT NULL CHECK (position >= 1),
  name     TEXT NOT NULL,
  cert_no  TEXT NOT NULL,
  PRIMARY KEY (case_id, position)
) STRICT;

CREATE TABLE case_seizures (
  case_id    TEXT NOT NULL REFERENCES penalty_cases (id),
  seizure_id TEXT NOT NULL REFERENCES seizures (id),
  PRIMARY KEY (case_id, seizure_id)
) STRICT;
CREATE INDEX case_seizures_seizure_ix ON case_seizures (seizure_id);

CREATE TABLE case_extensions (
  id          TEXT PRIMARY KEY,
  case_id     TEXT NOT NULL REFERENCES penalty_cases (id),
  kind        TEXT NOT NULL CHECK (kind IN ('approved', 'collective')),
  date        TEXT NOT NULL,
  approved_by TEXT NOT NULL,
  reason      TEXT NOT NULL,
  days        INTEGER CHECK (days >= 1),
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL REFERENCES users (id)
) STRICT;
CREATE INDEX case_extensions_case_ix ON case_extensions (case_id);
CREATE UNIQUE INDEX case_extensions_approved_once_ux ON case_extensions (case_id) WHERE kind = 'approved';

CREATE TABLE case_pauses (
  id          TEXT PRIMARY KEY,
  case_id     TEXT NOT NULL REFERENCES penalty_cases (id),
  kind        TEXT NOT NULL CHECK (kind IN ('suspension', 'hearing', 'announcement', 'testing')),
  start_date  TEXT NOT NULL,
  end_date    TEXT CHECK (end_date IS NULL OR end_date >= start_date),
  reason      TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL REFERENCES users (id),
  voided_at   TEXT,
  voided_by   TEXT REFERENCES users (id),
  void_reason TEXT
) STRICT;
CREATE INDEX case_pauses_case_ix ON case_pauses (case_id);

-- What counts as a 较低数额罚款 here (SAMR Order 45 Art. 13; set by the province): fen, one row.
CREATE TABLE case_settings (
  id                   TEXT PRIMARY KEY CHECK (id = 'case_settings'),
  lower_fine_person    INTEGER NOT NULL CHECK (lower_fine_person >= 0),
  lower_fine_entity    INTEGER NOT NULL CHECK (lower_fine_entity >= 0),
  updated_at           TEXT,
  updated_by           TEXT REFERENCES users (id),
  version              INTEGER NOT NULL DEFAULT 1
) STRICT;
INSERT INTO case_settings (id, lower_fine_person, lower_fine_entity) VALUES ('case_settings', 1000000, 10000000);
`,
}
