import BetterSqlite3 from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Kysely, SqliteDialect } from 'kysely'
import { categoryBit, OFFICER_SEPARATOR, refreshDerived } from '../../../electron/core/seizures/derived'
import type { Database } from '../../../electron/core/db/schema'
import { partySortKey } from '../../../electron/core/seizures/party-sort'
import { migrate } from '../../../electron/core/db/migrate'
import { migrations } from '../../../electron/core/db/migrations'
import type { ItemCategory, PartyType } from '../../../shared/domain/seizures'
import { FakeClock, makeTempDir, setUpCore, tempCore, type CoreHarness } from '../../support/temp-core'
import { addClerk, createSeizure, seizureInput } from '../../support/seizures'

// The list's cached columns of migration 007 — the party's pinyin sort key, the officers' names, the lines'
// categories — are recomputed by derived.ts with every change to their facts, and filled by the migration for
// records made before it. Both are checked here against the values computed directly from the facts.

let t: CoreHarness
afterEach(async () => t?.dispose())

interface Cached {
  id: string
  party_name: string
  party_type: string
  party_sort: string
  officer_names: string
  category_bits: number
}

/** Each record's cached columns beside the same values computed from its facts. */
function cachedAndDirect(dbFile: string) {
  const db = new BetterSqlite3(dbFile, { readonly: true })
  try {
    const rows = db.prepare('SELECT id, party_name, party_type, party_sort, officer_names, category_bits FROM seizures ORDER BY id').all() as Cached[]
    return rows.map((r) => {
      const officers = db.prepare('SELECT name FROM seizure_officers WHERE seizure_id = ? ORDER BY position').pluck().all(r.id) as string[]
      const categories = db.prepare('SELECT category FROM seizure_items WHERE seizure_id = ? AND voided_at IS NULL').pluck().all(r.id) as ItemCategory[]
      return {
        cached: { party_sort: r.party_sort, officer_names: r.officer_names, category_bits: r.category_bits },
        direct: { party_sort: partySortKey(r.party_name, r.party_type as PartyType), officer_names: officers.join(OFFICER_SEPARATOR), category_bits: categories.reduce((b, c) => b | categoryBit(c), 0) },
      }
    })
  } finally {
    db.close()
  }
}

describe('the party sort key', () => {
  it('reads Chinese names by pinyin and tone, a person’s first character as a surname, ties apart by the name', () => {
    expect(partySortKey('张三', 'natural_person')).toBe('zhang1 san1\t张三')
    expect(partySortKey('曾小明', 'natural_person')).toBe('zeng1 xiao3 ming2\t曾小明')
    expect(partySortKey('单田芳', 'natural_person')).toBe('shan4 tian2 fang1\t单田芳')
    expect(partySortKey('NIKE专卖店', 'enterprise')).toBe('nike zhuan1 mai4 dian4\tNIKE专卖店')
    expect(partySortKey('李', 'natural_person') < partySortKey('李四', 'natural_person')).toBe(true)
  })
})

describe('the cached list columns', () => {
  it('follow every change to their facts, and the list sorts 当事人 by pinyin', async () => {
    t = await setUpCore(undefined, new FakeClock())
    const { client } = await addClerk(t)
    const names: [string, PartyType][] = [['张三', 'natural_person'], ['阿里巴巴商行', 'enterprise'], ['王五', 'natural_person'], ['曾小明', 'natural_person'], ['李四', 'natural_person'], ['单田芳', 'natural_person'], ['Apple专卖店', 'enterprise']]
    const made = []
    for (const [i, [name, type]] of names.entries()) {
      made.push(await createSeizure(t, client, { decisionNo: `测市监强制〔2026〕${100 + i}号`, party: { type, name, idNo: '' } }))
    }
    // A correction: another party, other officers, a line of another category taken out.
    const s = made[0]!
    const input = seizureInput({ decisionNo: s.decisionNo, party: { type: 'enterprise', name: '重庆火锅店', idNo: '' }, officers: [{ name: '周执法', certNo: '35010012399' }, { name: '吴执法', certNo: '35010012398' }] })
    await t.ok('seizures.update', { ...input, id: s.id, version: s.version, items: s.items.slice(0, 1).map((l) => ({ ...input.items[0]!, id: l.id })) }, client)
    await t.ok('seizures.outcome.add', { id: made[1]!.id, version: made[1]!.version, itemId: made[1]!.items[0]!.id, kind: 'release', qtyMilli: 1000, date: '2026-11-20', docNo: '测市监解〔2026〕1号' }, client)
    for (const r of cachedAndDirect(join(t.dataDir, 'taizhang.sqlite'))) expect(r.cached).toEqual(r.direct)

    const list = await t.ok('seizures.list', { sort: { field: 'partyName', order: 'asc' } }, client)
    expect(list.rows.map((r) => r.partyName)).toEqual(['阿里巴巴商行', 'Apple专卖店', '重庆火锅店', '李四', '单田芳', '王五', '曾小明'])
    const desc = await t.ok('seizures.list', { sort: { field: 'partyName', order: 'desc' } }, client)
    expect(desc.rows.map((r) => r.partyName)).toEqual(list.rows.map((r) => r.partyName).reverse())
    // Found by the gram index (two characters) after the correction, and no longer by the old name.
    expect((await t.ok('seizures.list', { query: '火锅' }, client)).rows.map((r) => r.id)).toEqual([s.id])
    expect((await t.ok('seizures.list', { query: '张三' }, client)).total).toBe(0)
    expect((await t.ok('seizures.list', { officer: '周执' }, client)).rows.map((r) => r.id)).toEqual([s.id])
  })

  it('are filled by migration 007 for the records made before it', async () => {
    // A database at schema 5 with records, as an office has it before this version.
    t = await setUpCore(undefined, new FakeClock())
    const { client } = await addClerk(t)
    await createSeizure(t, client, { party: { type: 'natural_person', name: '曾小明', idNo: '' } })
    await createSeizure(t, client, { decisionNo: '测市监强制〔2026〕30号', party: { type: 'enterprise', name: '鑫源百货', idNo: '' } })
    await t.core.close()
    const dir = t.dataDir
    const old = makeTempDir()
    const file = join(old, 'taizhang.sqlite')
    const db = new BetterSqlite3(file)
    migrate(db, join(old, 'backups'), migrations.slice(0, 5))
    db.exec(`ATTACH '${join(dir, 'taizhang.sqlite')}' AS cur`)
    const cols = (table: string) => (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).join(', ')
    db.exec('DELETE FROM main.agency_profile')
    for (const table of ['users', 'user_roles', 'agency_profile', 'seizure_counters', 'seizures', 'seizure_officers', 'seizure_items', 'seizure_search_text']) {
      db.exec(`INSERT OR REPLACE INTO main.${table} (${cols(table)}) SELECT ${cols(table)} FROM cur.${table}`)
    }
    db.exec('DETACH cur')
    db.close()
    await t.dispose()

    t = tempCore(old)
    expect(t.core.migration).toMatchObject({ from: 5, to: migrations.length })
    const rows = cachedAndDirect(file)
    expect(rows).toHaveLength(2)
    for (const r of rows) expect(r.cached).toEqual(r.direct)
    await t.ok('auth.login', { login: 'clerk1', password: (await import('../../support/users')).OWN_PASSWORD })
    expect((await t.ok('seizures.list', { query: '鑫源' })).total).toBe(1)
    expect((await t.ok('seizures.list', { query: '鞋' })).total).toBe(2)
  })

  it('of a new record are written from its input exactly as a re-read of its facts makes them, and create returns what get reads', async () => {
    // seizures.create writes the cached columns with the record and returns the record as written, not read back
    // (issue 14): both checked against the slow way, for each kind (先行登记保存 counts working days), with a
    // storage location, a line without value and a natural person.
    t = await setUpCore(undefined, new FakeClock())
    const { client } = await addClerk(t)
    const loc = await t.ok('storage.create', { name: '罚没物品仓库', parentId: null })
    const made = [
      await createSeizure(t, client),
      await createSeizure(t, client, {
        kind: 'preservation',
        decisionNo: '测市监先保〔2026〕3号',
        party: { type: 'natural_person', name: '曾小明', idNo: '', legalRep: '', address: '', phone: '' },
        items: [{ name: '电动车头盔', brand: '', spec: '', category: 'other', qtyMilli: 3_000, unit: '个', storageLocationId: loc.id }],
      }),
    ]
    for (const s of made) expect(await t.ok('seizures.get', { id: s.id }, client)).toEqual(s)

    const file = join(t.dataDir, 'taizhang.sqlite')
    const sqlite = new BetterSqlite3(file)
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
    const snapshot = () =>
      sqlite
        .prepare(
          `SELECT s.id, s.term_end, s.held_milli, s.disposed_milli, s.value_fen, s.party_sort, s.officer_names, s.category_bits, t.body, g.grams
           FROM seizures s JOIN seizure_search_text t ON t.seizure_id = s.id JOIN seizure_search_grams g ON g.rowid = t.id ORDER BY s.id`,
        )
        .all()
    try {
      const written = snapshot()
      expect(written).toHaveLength(2)
      let rederived: unknown[] = []
      const rollback = new Error('rollback')
      await db
        .transaction()
        .execute(async (trx) => {
          for (const s of made) await refreshDerived(trx, s.id, '2026-11-23')
          rederived = snapshot()
          throw rollback
        })
        .catch((err) => {
          if (err !== rollback) throw err
        })
      expect(rederived).toEqual(written)
    } finally {
      await db.destroy()
    }
  })
})
