import type BetterSqlite3 from 'better-sqlite3'
import { ITEM_CATEGORIES, type ItemCategory, type PartyType } from '../../../../shared/domain/seizures'
import { categoryBit, OFFICER_SEPARATOR } from '../../seizures/derived'
import { partySortKey } from '../../seizures/party-sort'
import { gramsOf } from '../../seizures/search'
import type { Migration } from './types'

// The register list at ten years of records (issue 14): more cached columns (seizures/derived.ts) so every
// filter and sort is decided on the seizure's own row, indexes that give each sort its full order, a partial
// index over the few records still holding goods, and the gram index that finds 1–2 character terms.
export const m007SeizureList: Migration = {
  version: 7,
  name: 'seizure-list',
  sql: `
ALTER TABLE seizures ADD COLUMN party_sort TEXT NOT NULL DEFAULT '';
ALTER TABLE seizures ADD COLUMN officer_names TEXT NOT NULL DEFAULT '';
ALTER TABLE seizures ADD COLUMN category_bits INTEGER NOT NULL DEFAULT 0;

-- Each sort's index ends with the register number, so a page is read off the index in order.
DROP INDEX seizures_decision_date_ix;
DROP INDEX seizures_value_ix;
DROP INDEX seizures_party_name_ix;
DROP INDEX seizures_term_end_ix;
CREATE INDEX seizures_decision_date_ix ON seizures (decision_date, register_year, register_seq);
CREATE INDEX seizures_value_ix ON seizures (value_fen, register_year, register_seq);
CREATE INDEX seizures_party_sort_ix ON seizures (party_sort, register_year, register_seq);
-- A paused term (no end date) sorts after every date in both directions: one index per direction.
CREATE INDEX seizures_term_asc_ix ON seizures (coalesce(term_end, '9999-12-31'), register_year, register_seq);
CREATE INDEX seizures_term_desc_ix ON seizures (coalesce(term_end, '0000-00-00'), register_year, register_seq);
-- Records still holding goods (held, partly disposed, overdue) are few after ten years: found here.
CREATE INDEX seizures_held_ix ON seizures (term_end) WHERE held_milli > 0;
-- The voided few, so the whole register is counted exactly without reading it.
CREATE INDEX seizures_voided_ix ON seizures (voided_at) WHERE voided_at IS NOT NULL;

CREATE VIRTUAL TABLE seizure_search_grams USING fts5(grams, content = '', contentless_delete = 1, detail = 'none', tokenize = 'ascii');
`,
  run(db: BetterSqlite3.Database) {
    fillCachedColumns(db)
  },
}

/** The new cached columns and the gram index for the records already there, as derived.ts computes them. */
function fillCachedColumns(db: BetterSqlite3.Database): void {
  const bits = Object.keys(ITEM_CATEGORIES)
    .map((c) => `WHEN '${c}' THEN ${categoryBit(c as ItemCategory)}`)
    .join(' ')
  db.exec(`UPDATE seizures SET
    officer_names = ifnull((SELECT group_concat(name, '${OFFICER_SEPARATOR}') FROM (SELECT name FROM seizure_officers WHERE seizure_id = seizures.id ORDER BY position)), ''),
    category_bits = ifnull((SELECT sum(DISTINCT CASE category ${bits} ELSE 0 END) FROM seizure_items WHERE seizure_id = seizures.id AND voided_at IS NULL), 0)`)
  const setKey = db.prepare('UPDATE seizures SET party_sort = ? WHERE id = ?')
  // Read whole first: better-sqlite3 runs no other statement while one is being iterated.
  for (const r of db.prepare('SELECT id, party_name, party_type FROM seizures').all() as { id: string; party_name: string; party_type: string }[]) {
    setKey.run(partySortKey(r.party_name, r.party_type as PartyType), r.id)
  }
  const gram = db.prepare('INSERT INTO seizure_search_grams (rowid, grams) VALUES (?, ?)')
  for (const r of db.prepare('SELECT id, body FROM seizure_search_text').all() as { id: number; body: string }[]) gram.run(r.id, gramsOf(r.body))
}
