import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { dbContent } from '../../support/db-snapshot'
import { addClerk, createSeizure, seizureInput } from '../../support/seizures'
import { setUpCore, type CoreHarness } from '../../support/temp-core'

// What a full disk, a read-only file and a file locked by another program look like to the person at the PC:
// a clear Chinese message, nothing half-written, and the app still answers. SQLite is made to fail the way
// the real condition fails it (the test runs as root in a container, where a full disk or a read-only folder
// cannot be produced): max_page_count gives SQLITE_FULL, query_only SQLITE_READONLY, another connection's
// exclusive lock SQLITE_BUSY.

let t: CoreHarness
afterEach(async () => t?.dispose())

describe('storage faults', () => {
  it('a full disk: the save is refused as 磁盘已满, nothing of it is written, reads still work, and saving works once there is room', async () => {
    t = await setUpCore()
    const { client } = await addClerk(t)
    await createSeizure(t, client)
    const pages = t.core.sqlite.pragma('page_count', { simple: true }) as number
    const before = dbContent(t.core.dbFile)
    const limit = await withCorePragma(t, `max_page_count = ${pages}`)
    const big = seizureInput({ decisionNo: '测市监强制〔2026〕99号', notes: '很长的备注'.repeat(190), items: Array.from({ length: 200 }, (_v, i) => ({ name: `物品${i}`.repeat(10), category: 'other' as const, qtyMilli: 1000, unit: '件' })) })
    const r = await t.call('seizures.create', big, client)
    expect(r).toMatchObject({ ok: false, error: { code: 'STORAGE', message: '磁盘已满，操作未保存。请清理磁盘空间后重试。' } })
    expect(dbContent(t.core.dbFile)).toBe(before)
    expect((await t.ok('seizures.list', {}, client)).total).toBe(1)
    await limit.reset()
    expect((await t.call('seizures.create', big, client)).ok).toBe(true)
  })

  it('a read-only file: refused as 只读 with nothing written; the app keeps answering', async () => {
    t = await setUpCore()
    const { client } = await addClerk(t)
    const before = dbContent(t.core.dbFile)
    const ro = await withCorePragma(t, 'query_only = ON')
    const r = await t.call('seizures.create', seizureInput(), client)
    expect(r).toMatchObject({ ok: false, error: { code: 'STORAGE', message: '数据库文件只读，操作未保存。' } })
    expect(dbContent(t.core.dbFile)).toBe(before)
    expect((await t.call('seizures.list', {}, client)).ok).toBe(true)
    await ro.reset()
    expect((await t.call('seizures.create', seizureInput(), client)).ok).toBe(true)
  })

  it('a file locked by another program: refused as 正忙 after waiting, nothing written, and fine once it lets go', async () => {
    t = await setUpCore()
    const { client } = await addClerk(t)
    const other = new BetterSqlite3(t.core.dbFile)
    other.pragma('busy_timeout = 0')
    other.exec('BEGIN EXCLUSIVE')
    try {
      const r = await t.call('seizures.create', seizureInput(), client)
      expect(r).toMatchObject({ ok: false, error: { code: 'STORAGE', message: '数据库正忙，操作未保存，请稍后重试。' } })
    } finally {
      other.exec('ROLLBACK')
      other.close()
    }
    expect((await t.ok('seizures.list', {}, client)).total).toBe(0)
    expect((await t.call('seizures.create', seizureInput(), client)).ok).toBe(true)
  }, 30_000)
})

/** Runs a pragma on core's own connection (per-connection settings), returning how to undo it. */
async function withCorePragma(h: CoreHarness, pragma: string): Promise<{ reset(): Promise<void> }> {
  const sqlite = h.core.sqlite
  const [name] = pragma.split('=').map((s) => s.trim())
  const old = sqlite.pragma(name!, { simple: true })
  sqlite.pragma(pragma)
  return { reset: async () => void sqlite.pragma(`${name} = ${String(old)}`) }
}
