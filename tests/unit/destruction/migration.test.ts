import { afterEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { migrate } from '../../../electron/core/db/migrate'
import { migrations } from '../../../electron/core/db/migrations'
import { FakeClock, makeTempDir, setUpCore, tempCore, type CoreHarness } from '../../support/temp-core'
import { addClerk, createSeizure } from '../../support/seizures'
import { OWN_PASSWORD } from '../../support/users'

// Migration 008 on an office's data from before it: the confiscated quantities already recorded become the
// stock to destroy, and a voided 没收 counts for nothing.

let t: CoreHarness
afterEach(() => t?.dispose())

describe('migration 008', () => {
  it('fills each line’s confiscated quantity from the 没收 outcomes already there', async () => {
    t = await setUpCore(undefined, new FakeClock(Date.parse('2026-12-20T02:00:00Z')))
    const { client } = await addClerk(t)
    let s = await createSeizure(t, client)
    const [shoes, wine] = s.items
    s = await t.ok('seizures.outcome.add', { id: s.id, version: s.version, itemId: shoes!.id, kind: 'confiscation', qtyMilli: 100_000, date: '2026-11-20', docNo: '测市监罚〔2026〕5号' }, client)
    s = await t.ok('seizures.outcome.add', { id: s.id, version: s.version, itemId: shoes!.id, kind: 'release', qtyMilli: 20_000, date: '2026-11-20', docNo: '测市监罚〔2026〕5号' }, client)
    s = await t.ok('seizures.outcome.add', { id: s.id, version: s.version, itemId: wine!.id, kind: 'confiscation', qtyMilli: 24_000, date: '2026-11-20', docNo: '测市监罚〔2026〕5号' }, client)
    await t.ok('seizures.outcome.void', { id: s.id, version: s.version, outcomeId: s.outcomes.at(-1)!.id, reason: '登记错误' }, client)
    await t.core.close()

    // The same records in a database at schema 7.
    const old = makeTempDir()
    const file = join(old, 'taizhang.sqlite')
    const db = new BetterSqlite3(file)
    migrate(db, join(old, 'backups'), migrations.slice(0, 7))
    db.exec(`ATTACH '${join(t.dataDir, 'taizhang.sqlite')}' AS cur`)
    const cols = (table: string) => (db.prepare(`SELECT name FROM main.pragma_table_info('${table}')`).pluck().all() as string[]).join(', ')
    db.exec('DELETE FROM main.agency_profile')
    for (const table of ['users', 'user_roles', 'agency_profile', 'seizure_counters', 'seizures', 'seizure_officers', 'seizure_items', 'seizure_outcomes', 'seizure_search_text']) {
      db.exec(`INSERT OR REPLACE INTO main.${table} (${cols(table)}) SELECT ${cols(table)} FROM cur.${table}`)
    }
    db.exec('DETACH cur')
    db.close()
    await t.dispose()

    t = tempCore(old, new FakeClock(Date.parse('2026-12-20T02:00:00Z')))
    expect(t.core.migration).toMatchObject({ from: 7, to: migrations.length })
    await t.ok('auth.login', { login: 'clerk1', password: OWN_PASSWORD })
    const stock = await t.ok('destruction.stock.list', {})
    expect(stock.rows.map((r) => [r.lineNo, r.name, r.confiscatedMilli, r.leftMilli])).toEqual([[1, '运动鞋', 100_000, 100_000]])
  })
})
