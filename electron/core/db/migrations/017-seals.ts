import type { Migration } from './types'

// The audit trail's seals (issue 21, item 10): the chain's head and every record row signed with the office's
// key, which is kept outside the database (audit/audit-key.ts). Someone who edits the file without the key can
// change a row or cut the chain, but cannot make a matching seal; 审计校验 names what no longer fits.
export const m017Seals: Migration = {
  version: 17,
  name: 'seals',
  sql: `
CREATE TABLE record_seals (
  tbl     TEXT NOT NULL,
  row_id  INTEGER NOT NULL,
  mac     BLOB NOT NULL,
  PRIMARY KEY (tbl, row_id)
) STRICT;
CREATE TABLE audit_seal (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  seq   INTEGER NOT NULL,
  hash  TEXT NOT NULL,
  mac   TEXT NOT NULL
) STRICT;`,
}
