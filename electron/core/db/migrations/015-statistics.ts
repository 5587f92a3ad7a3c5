import { decisionDue } from '../../../../shared/rules/case-deadlines'
import type { Migration } from './types'

// 统计 (issue 19): indexes on the dates each figure counts by, so a year's figures are range reads; and the
// case's 90-day decision limit kept after the decision (decision_due is cleared then: it is a deadline to act
// on), so "decided within the limit" is a comparison of two columns. Cases decided before it get their limit
// here, by the same rule the case's page uses (cases/derived.ts keeps it from then on).
export const m015Statistics: Migration = {
  version: 15,
  name: 'statistics',
  sql: `
ALTER TABLE penalty_cases ADD COLUMN decision_limit TEXT;
CREATE INDEX penalty_cases_decision_ix ON penalty_cases (decision_date) WHERE decision_date IS NOT NULL;
CREATE INDEX penalty_cases_published_ix ON penalty_cases (published_on) WHERE published_on IS NOT NULL;
CREATE INDEX penalty_cases_police_ix ON penalty_cases (police_date) WHERE police_date IS NOT NULL;
CREATE INDEX seizure_outcomes_date_ix ON seizure_outcomes (date, kind) WHERE voided_at IS NULL;
CREATE INDEX destruction_batches_actual_ix ON destruction_batches (actual_date) WHERE actual_date IS NOT NULL;
CREATE INDEX stations_set_up_ix ON stations (set_up_on) WHERE set_up_on IS NOT NULL;
CREATE INDEX stations_revoked_ix ON stations (revoked_on) WHERE revoked_on IS NOT NULL;
`,
  run(db) {
    const cases = db.prepare<[], { id: string; filing_date: string; decision_date: string }>('SELECT id, filing_date, decision_date FROM penalty_cases WHERE decision_date IS NOT NULL').all()
    const extensions = db.prepare<[string], { kind: string; days: number | null }>('SELECT kind, days FROM case_extensions WHERE case_id = ?')
    const pauses = db.prepare<[string], { start_date: string; end_date: string | null }>('SELECT start_date, end_date FROM case_pauses WHERE case_id = ? AND voided_at IS NULL')
    const put = db.prepare<[string | null, string]>('UPDATE penalty_cases SET decision_limit = ? WHERE id = ?')
    for (const c of cases) {
      const ext = extensions.all(c.id)
      const collective = ext.filter((e) => e.kind === 'collective').reduce((n, e) => n + (e.days ?? 0), 0)
      const due = decisionDue(
        {
          filingDate: c.filing_date,
          approvedExtension: ext.some((e) => e.kind === 'approved'),
          collectiveExtensionDays: collective > 0 ? collective : null,
          pauses: pauses.all(c.id).map((p) => ({ startDate: p.start_date, endDate: p.end_date })),
        },
        c.decision_date,
      )
      put.run(due.date, c.id)
    }
  },
}
