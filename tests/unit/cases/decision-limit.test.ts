import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { FakeClock, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addAccount } from '../../support/users'
import { caseInput } from '../../support/cases'
import { undoMigration16 } from '../../support/undo-migrations'

// The 90-day decision limit kept at the decision (migration 015), which 统计's "within / over the limit" compares
// with: kept by every refresh, and filled in by the migration for cases decided before it.

let t: CoreHarness
afterEach(() => t.dispose())

describe('the decision limit kept after the decision', () => {
  it('is kept with the pause counted, and the migration fills it in for a case decided before it', async () => {
    const clock = new FakeClock(Date.parse('2026-12-20T02:00:00Z'))
    t = await setUpCore(undefined, clock)
    const legal = (await addAccount(t, 'fazhi', '孙法制', ['legal'])).client
    let c = await t.ok('cases.create', caseInput({ filingDate: '2026-09-01' }), legal)
    c = await t.ok('cases.pause.add', { id: c.id, version: c.version, kind: 'suspension', startDate: '2026-09-05', endDate: '2026-09-09', reason: '当事人下落不明' }, legal)
    // 90 days + 5 paused: 2026-12-05. Decided on the 10th: over the limit.
    c = await t.ok('cases.decide', { id: c.id, version: c.version, decisionNo: '测市监处罚〔2026〕8号', decisionDate: '2026-12-10' }, legal)
    const limit = () => {
      const raw = new BetterSqlite3(t.core.dbFile, { readonly: true })
      try {
        return (raw.prepare('SELECT decision_limit, decision_due FROM penalty_cases WHERE id = ?').get(c.id) as { decision_limit: string | null; decision_due: string | null })
      } finally {
        raw.close()
      }
    }
    expect(limit()).toEqual({ decision_limit: '2026-12-05', decision_due: null })
    expect((await t.ok('cases.list', { period: { basis: 'decision', from: '2026-01-01', to: '2026-12-31' }, timing: 'late' }, legal)).total).toBe(1)
    expect((await t.ok('cases.list', { period: { basis: 'decision', from: '2026-01-01', to: '2026-12-31' }, timing: 'in_time' }, legal)).total).toBe(0)

    // Back to schema 14, as a database decided before the migration: the migration computes the same limit.
    await t.core.close()
    const raw = new BetterSqlite3(t.core.dbFile)
    undoMigration16(raw)
    raw.exec(`DROP INDEX penalty_cases_decision_ix; DROP INDEX penalty_cases_published_ix; DROP INDEX penalty_cases_police_ix; DROP INDEX seizure_outcomes_date_ix;
      DROP INDEX destruction_batches_actual_ix; DROP INDEX stations_set_up_ix; DROP INDEX stations_revoked_ix;
      ALTER TABLE penalty_cases DROP COLUMN decision_limit; DELETE FROM schema_migrations WHERE version = 15; PRAGMA user_version = 14;`)
    raw.close()
    await t.reopen()
    expect(limit()).toEqual({ decision_limit: '2026-12-05', decision_due: null })
  })
})
