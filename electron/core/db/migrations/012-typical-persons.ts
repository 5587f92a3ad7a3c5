import type { Migration } from './types'

// 典型案例: the third persons a text names (witnesses, buyers, staff), kept with each saved version so the
// published text masks them as 张某某 (DOMAIN.md part 2 §3).
export const m012TypicalPersons: Migration = {
  version: 12,
  name: 'typical-persons',
  sql: `
ALTER TABLE typical_versions ADD COLUMN persons TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(persons) AND json_type(persons) = 'array');
`,
}
