import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { newId } from '../../../electron/core/db/ids'
import { dbContent } from '../../support/db-snapshot'
import { batchFactsInput, confiscatedSeizure, stockColumns } from '../../support/destruction'
import { addClerk, seizureInput } from '../../support/seizures'
import { FakeClock, setUpCore, type CoreHarness } from '../../support/temp-core'

// Nothing counted twice: two clerks adding the last 30 bottles to two batches at the same moment — one gets
// them, the other a CONFLICT naming the line and what is left; and beneath core, two transactions on two
// connections doing the same, the second stopped by the CHECK on seizure_items.

let t: CoreHarness
afterEach(() => t?.dispose())

async function lastThirtyBottles() {
  t = await setUpCore(undefined, new FakeClock(Date.parse('2026-12-20T02:00:00Z')))
  const one = (await addClerk(t)).client
  const two = (await addClerk(t, 'clerk2', '孙录入')).client
  const [, wine] = seizureInput().items
  const s = await confiscatedSeizure(t, one, { items: [{ ...wine!, qtyMilli: 30_000 }] })
  const x = await t.ok('destruction.batch.create', batchFactsInput(), one)
  const y = await t.ok('destruction.batch.create', batchFactsInput(), two)
  return { one, two, s, item: s.items[0]!, x, y }
}

describe('the last 30 bottles', () => {
  it('go into one batch when two clerks add them at the same moment; the other is told what is left', async () => {
    const { one, two, s, item, x, y } = await lastThirtyBottles()
    const results = await Promise.all([
      t.call('destruction.lines.add', { id: x.id, version: x.version, lines: [{ itemId: item.id, qtyMilli: 30_000 }] }, one),
      t.call('destruction.lines.add', { id: y.id, version: y.version, lines: [{ itemId: item.id, qtyMilli: null }] }, two),
    ])
    const won = results.filter((r) => r.ok)
    const lost = results.filter((r) => !r.ok)
    expect([won.length, lost.length]).toEqual([1, 1])
    const err = lost[0]!.ok ? null : lost[0]!.error
    expect(err?.code).toBe('CONFLICT')
    expect(err?.message).toContain(`登记号 ${s.registerNo} 第1行“白酒”`)
    expect(err?.message).toContain('剩余待销毁 0瓶')
    expect(stockColumns(t.core.dbFile).get(item.id)).toEqual({ confiscated: 30_000, batch: 30_000 })
    // The loser's batch is as it was: no line, its version unmoved.
    const loserId = results[0]!.ok ? y.id : x.id
    const loser = await t.ok('destruction.batch.get', { id: loserId }, one)
    expect([loser.lines.length, loser.version]).toEqual([0, 1])
  })

  it('in two transactions on two connections: the second insert fails by the CHECK constraint', async () => {
    const { s, item, x, y } = await lastThirtyBottles()
    await t.core.close()
    const before = dbContent(t.core.dbFile)
    const a = new BetterSqlite3(t.core.dbFile)
    const b = new BetterSqlite3(t.core.dbFile, { timeout: 0 })
    try {
      const userId = a.prepare('SELECT id FROM users LIMIT 1').pluck().get() as string
      const insert = (db: BetterSqlite3.Database, batchId: string) =>
        db
          .prepare(`INSERT INTO destruction_lines (id, batch_id, item_id, seizure_id, position, planned_milli, held_milli, created_at, created_by) VALUES (?, ?, ?, ?, 1, 30000, 30000, '2026-12-20T02:00:00Z', ?)`)
          .run(newId(), batchId, item.id, s.id, userId)
      // Both read 30 left, as each core would before writing.
      const left = (db: BetterSqlite3.Database) => db.prepare('SELECT confiscated_milli - batch_milli FROM seizure_items WHERE id = ?').pluck().get(item.id)
      expect([left(a), left(b)]).toEqual([30_000, 30_000])

      a.exec('BEGIN IMMEDIATE')
      insert(a, x.id)
      // While the first holds the write lock the second cannot even begin.
      expect(() => b.exec('BEGIN IMMEDIATE')).toThrow(/database is locked/)
      a.exec('COMMIT')
      b.exec('BEGIN IMMEDIATE')
      expect(() => insert(b, y.id)).toThrow(/CHECK constraint failed/)
      b.exec('ROLLBACK')
      expect([left(a), left(b)]).toEqual([0, 0])
    } finally {
      a.close()
      b.close()
    }
    // Only the first line is there.
    const raw = new BetterSqlite3(t.core.dbFile, { readonly: true })
    try {
      expect(raw.prepare('SELECT batch_id, held_milli FROM destruction_lines').all()).toEqual([{ batch_id: x.id, held_milli: 30_000 }])
    } finally {
      raw.close()
    }
    expect(dbContent(t.core.dbFile)).not.toBe(before)
    await t.reopen()
  })
})
