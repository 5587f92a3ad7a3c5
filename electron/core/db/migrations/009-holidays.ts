import type { Migration } from './types'

// 设置 → 节假日 (issue 16): a year of days off and 调休 working days entered or corrected by an admin. A stored year
// replaces the shipped one (shared/data/cn-holidays.json); years in neither count weekdays, marked provisional.
export const m009Holidays: Migration = {
  version: 9,
  name: 'holidays',
  sql: `
CREATE TABLE holiday_years (
  year       INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  off_days   TEXT NOT NULL CHECK (json_valid(off_days)),
  work_days  TEXT NOT NULL CHECK (json_valid(work_days)),
  source     TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL REFERENCES users (id),
  version    INTEGER NOT NULL CHECK (version >= 1)
) STRICT;
`,
}
