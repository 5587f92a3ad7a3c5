import type { Migration } from './types'

// 服务站 (issue 18): the registry of consumer-rights service stations with their state, every change of state,
// the yearly reviews, photos of the plaque and the site, and the settings (the supervising 所, the import's remembered column mapping).
export const m013Stations: Migration = {
  version: 13,
  name: 'stations',
  sql: `
CREATE TABLE stations (
  id                   TEXT PRIMARY KEY,
  station_no           TEXT NOT NULL UNIQUE,
  reg_year             INTEGER NOT NULL,
  reg_seq              INTEGER NOT NULL CHECK (reg_seq >= 1),
  name                 TEXT NOT NULL CHECK (length(trim(name)) > 0),
  host_name            TEXT NOT NULL DEFAULT '',
  host_credit_code     TEXT NOT NULL DEFAULT '',
  host_code_unverified INTEGER NOT NULL DEFAULT 0 CHECK (host_code_unverified IN (0, 1)),
  format               TEXT NOT NULL CHECK (format IN ('mall', 'supermarket', 'market', 'scenic', 'catering', 'auto', 'appliance', 'telecom', 'finance', 'association', 'community', 'other')),
  address              TEXT NOT NULL DEFAULT '',
  unit                 TEXT NOT NULL CHECK (length(trim(unit)) > 0),
  head                 TEXT NOT NULL DEFAULT '',
  phone                TEXT NOT NULL DEFAULT '',
  staff_full           INTEGER NOT NULL DEFAULT 0 CHECK (staff_full >= 0),
  staff_part           INTEGER NOT NULL DEFAULT 0 CHECK (staff_part >= 0),
  conditions           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(conditions) AND json_type(conditions) = 'array'),
  odr                  INTEGER NOT NULL DEFAULT 0 CHECK (odr IN (0, 1)),
  odr_since            TEXT CHECK (odr_since IS NULL OR odr = 1),
  no_reason_returns    INTEGER NOT NULL DEFAULT 0 CHECK (no_reason_returns IN (0, 1)),
  returns_since        TEXT CHECK (returns_since IS NULL OR no_reason_returns = 1),
  set_up_on            TEXT,
  plaque_on            TEXT,
  notes                TEXT NOT NULL DEFAULT '',
  status               TEXT NOT NULL DEFAULT 'preparing' CHECK (status IN ('preparing', 'active', 'rectifying', 'revoked')),
  rectify_reason       TEXT NOT NULL DEFAULT '',
  rectify_due          TEXT CHECK ((status = 'rectifying') = (rectify_due IS NOT NULL)),
  revoked_on           TEXT CHECK ((status = 'revoked') = (revoked_on IS NOT NULL)),
  revoke_reason        TEXT NOT NULL DEFAULT '',
  search_text          TEXT NOT NULL DEFAULT '',
  created_at           TEXT NOT NULL,
  created_by           TEXT NOT NULL REFERENCES users (id),
  updated_at           TEXT NOT NULL,
  updated_by           TEXT NOT NULL REFERENCES users (id),
  version              INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  voided_at            TEXT,
  voided_by            TEXT REFERENCES users (id),
  void_reason          TEXT,
  UNIQUE (reg_year, reg_seq)
) STRICT;
CREATE INDEX stations_unit_ix ON stations (unit, reg_year DESC, reg_seq DESC);
-- The import's duplicate checks: the same host's credit code, or the same name at the same address.
CREATE INDEX stations_credit_ix ON stations (host_credit_code) WHERE voided_at IS NULL AND host_credit_code <> '';
CREATE INDEX stations_name_ix ON stations (name, address) WHERE voided_at IS NULL;
CREATE INDEX stations_rectify_ix ON stations (rectify_due) WHERE status = 'rectifying' AND voided_at IS NULL;

CREATE TABLE station_status_changes (
  id          TEXT PRIMARY KEY,
  station_id  TEXT NOT NULL REFERENCES stations (id),
  from_status TEXT,
  to_status   TEXT NOT NULL,
  on_date     TEXT NOT NULL,
  reason      TEXT NOT NULL DEFAULT '',
  due_date    TEXT,
  at          TEXT NOT NULL,
  by          TEXT NOT NULL REFERENCES users (id)
) STRICT;
CREATE INDEX station_status_changes_station_ix ON station_status_changes (station_id, at);

CREATE TABLE station_reviews (
  id            TEXT PRIMARY KEY,
  station_id    TEXT NOT NULL REFERENCES stations (id),
  year          INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  received      INTEGER NOT NULL CHECK (received >= 0),
  handled       INTEGER NOT NULL CHECK (handled >= 0 AND handled <= received),
  mediated      INTEGER NOT NULL CHECK (mediated >= 0 AND mediated <= handled),
  recovered_fen INTEGER NOT NULL DEFAULT 0 CHECK (recovered_fen >= 0),
  checked_on    TEXT,
  result        TEXT NOT NULL CHECK (result IN ('excellent', 'pass', 'fail')),
  reviewer      TEXT NOT NULL,
  notes         TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL,
  created_by    TEXT NOT NULL REFERENCES users (id),
  updated_at    TEXT NOT NULL,
  updated_by    TEXT NOT NULL REFERENCES users (id),
  version       INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  UNIQUE (station_id, year)
) STRICT;
CREATE INDEX station_reviews_year_ix ON station_reviews (year, result);

-- Photos of the plaque and the site; the bytes in the content store seizures use (attachments/record-files.ts).
CREATE TABLE station_attachments (
  id          TEXT PRIMARY KEY,
  station_id  TEXT NOT NULL REFERENCES stations (id),
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
CREATE INDEX station_attachments_station_ix ON station_attachments (station_id);
CREATE INDEX station_attachments_sha256_ix ON station_attachments (sha256);

CREATE TABLE station_settings (
  id             TEXT PRIMARY KEY CHECK (id = 'default'),
  units          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(units) AND json_type(units) = 'array'),
  import_mapping TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(import_mapping) AND json_type(import_mapping) = 'object'),
  -- From this month on, the 工作台 lists the stations without this year's review.
  review_month   INTEGER NOT NULL DEFAULT 11 CHECK (review_month BETWEEN 1 AND 12),
  updated_at     TEXT,
  updated_by     TEXT REFERENCES users (id),
  version        INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
) STRICT;
INSERT INTO station_settings (id) VALUES ('default');
`,
}
