import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { FakeClock, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addClerk, createSeizure, seizureInput } from '../../support/seizures'
import { dbContent } from '../../support/db-snapshot'
import { addAccount } from '../../support/users'

let t: CoreHarness
afterEach(async () => t?.dispose())

const clock = () => new FakeClock(Date.parse('2026-11-23T01:00:00Z'))
const docNo = '测市监罚〔2026〕5号'

describe('outcomes per line', () => {
  it('derives the remaining quantity from partial outcomes and the status from all lines', async () => {
    t = await setUpCore(undefined, clock())
    const { client } = await addClerk(t)
    let s = await createSeizure(t, client)
    const [shoes, liquor, tea] = s.items
    s = await t.ok('seizures.outcome.add', { id: s.id, version: s.version, itemId: shoes!.id, kind: 'confiscation', qtyMilli: 100_000, date: '2026-11-20', docNo }, client)
    expect(s.items[0]).toMatchObject({ remainingMilli: 20_000, disposedMilli: { confiscation: 100_000, release: 0, transfer: 0 } })
    expect(s.status).toBe('partial')
    s = await t.ok('seizures.outcome.add', { id: s.id, version: s.version, itemId: shoes!.id, kind: 'release', qtyMilli: 20_000, date: '2026-11-21', docNo: '测市监解〔2026〕2号' }, client)
    s = await t.ok('seizures.outcome.add', { id: s.id, version: s.version, itemId: liquor!.id, kind: 'transfer', qtyMilli: 24_000, date: '2026-11-21', docNo, receivingUnit: '测试县公安局' }, client)
    s = await t.ok('seizures.outcome.add', { id: s.id, version: s.version, itemId: tea!.id, kind: 'confiscation', qtyMilli: 12_500, date: '2026-11-22', docNo }, client)
    expect(s.items.map((i) => i.remainingMilli)).toEqual([0, 0, 0])
    expect(s.status).toBe('disposed')
    expect(s.outcomes.find((o) => o.kind === 'transfer')?.receivingUnit).toBe('测试县公安局')
  })

  it('refuses disposing of more than remains, with the line named and nothing written', async () => {
    t = await setUpCore(undefined, clock())
    const { client } = await addClerk(t)
    let s = await createSeizure(t, client)
    const tea = s.items[2]!
    s = await t.ok('seizures.outcome.add', { id: s.id, version: s.version, itemId: tea.id, kind: 'confiscation', qtyMilli: 12_000, date: '2026-11-20', docNo }, client)
    const before = dbContent(t.core.dbFile)
    const r = await t.call('seizures.outcome.add', { id: s.id, version: s.version, itemId: tea.id, kind: 'release', qtyMilli: 501, date: '2026-11-20', docNo }, client)
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '处置数量超过剩余数量：第3行“散装茶叶”剩余 0.5千克' } })
    expect(dbContent(t.core.dbFile)).toBe(before)
    // Exactly what remains is fine.
    const ok = await t.ok('seizures.outcome.add', { id: s.id, version: s.version, itemId: tea.id, kind: 'release', qtyMilli: 500, date: '2026-11-20', docNo }, client)
    expect(ok.items[2]!.remainingMilli).toBe(0)
  })

  it('has the database refuse an over-disposal even when core is bypassed', async () => {
    t = await setUpCore(undefined, clock())
    const { client, id: clerkId } = await addClerk(t)
    const s = await createSeizure(t, client)
    await t.core.close()
    const raw = new BetterSqlite3(t.core.dbFile)
    const insert = raw.prepare(
      `INSERT INTO seizure_outcomes (id, seizure_id, item_id, kind, qty_milli, date, doc_no, created_at, created_by) VALUES (?, ?, ?, 'release', ?, '2026-11-20', 'x', '2026-11-20T00:00:00Z', ?)`,
    )
    expect(() => insert.run('o1', s.id, s.items[2]!.id, 12_501, clerkId)).toThrow(/exceeds the remaining quantity/)
    insert.run('o2', s.id, s.items[2]!.id, 12_500, clerkId)
    expect(() => raw.prepare('UPDATE seizure_items SET qty_milli = 12000 WHERE id = ?').run(s.items[2]!.id)).toThrow(/below the disposed quantity/)
    raw.close()
    await t.reopen()
  })

  it('refuses a correction that would put a line below what was disposed of, or remove a disposed line', async () => {
    t = await setUpCore(undefined, clock())
    const { client } = await addClerk(t)
    let s = await createSeizure(t, client)
    s = await t.ok('seizures.outcome.add', { id: s.id, version: s.version, itemId: s.items[0]!.id, kind: 'confiscation', qtyMilli: 100_000, date: '2026-11-20', docNo }, client)
    const input = seizureInput()
    const items = s.items.map((l, i) => ({ ...input.items[i]!, id: l.id }))
    const before = dbContent(t.core.dbFile)
    const lower = await t.call('seizures.update', { ...input, id: s.id, version: s.version, items: [{ ...items[0]!, qtyMilli: 99_000 }, items[1]!, items[2]!] }, client)
    expect(lower).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'items.0.qtyMilli': '数量不能少于已处置的 100双' } } })
    const removed = await t.call('seizures.update', { ...input, id: s.id, version: s.version, items: [items[1]!, items[2]!] }, client)
    expect(removed).toMatchObject({ ok: false, error: { code: 'STATE', message: '第1行“运动鞋”已有处置记录，不能删除' } })
    const voided = await t.call('seizures.void', { id: s.id, version: s.version, reason: '误登记' }, client)
    expect(voided).toMatchObject({ ok: false, error: { code: 'STATE' } })
    expect(dbContent(t.core.dbFile)).toBe(before)
  })

  it('voids an outcome with a reason, which gives the quantity back', async () => {
    t = await setUpCore(undefined, clock())
    const { client } = await addClerk(t)
    let s = await createSeizure(t, client)
    s = await t.ok('seizures.outcome.add', { id: s.id, version: s.version, itemId: s.items[1]!.id, kind: 'release', qtyMilli: 4_000, date: '2026-11-20', docNo }, client)
    s = await t.ok('seizures.outcome.void', { id: s.id, version: s.version, outcomeId: s.outcomes[0]!.id, reason: '数量录错' }, client)
    expect(s.items[1]!.remainingMilli).toBe(24_000)
    expect(s.outcomes[0]!.voided).toMatchObject({ reason: '数量录错' })
    expect(s.status).toBe('holding')
  })

  it('needs a receiving unit for a transfer to the judicial organs', async () => {
    t = await setUpCore(undefined, clock())
    const { client } = await addClerk(t)
    const s = await createSeizure(t, client)
    const r = await t.call('seizures.outcome.add', { id: s.id, version: s.version, itemId: s.items[0]!.id, kind: 'transfer', qtyMilli: 1_000, date: '2026-11-20', docNo }, client)
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { receivingUnit: '移送司法机关须填写接收单位' } } })
  })
})

describe('term: extension and pauses through core', () => {
  it('lets an approver extend once; pauses move the end; an open pause stops the clock', async () => {
    const c = clock()
    t = await setUpCore(undefined, c)
    const { client } = await addClerk(t)
    const { client: boss } = await addAccount(t, 'boss', '孙局长', ['approver'])
    let s = await createSeizure(t, client)
    const denied = await t.call('seizures.extend', { id: s.id, version: s.version, days: 30, reason: '案情复杂', noticeDate: '2026-11-23' }, client)
    expect(denied).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    s = await t.ok('seizures.extend', { id: s.id, version: s.version, days: 30, reason: '案情复杂', noticeDate: '2026-11-23' }, boss)
    expect(s.term.endDate).toBe('2027-01-01')
    expect(s.extension).toMatchObject({ days: 30, approvedByName: '孙局长' })
    const twice = await t.call('seizures.extend', { id: s.id, version: s.version, days: 1, reason: '再延', noticeDate: '2026-11-23' }, boss)
    expect(twice).toMatchObject({ ok: false, error: { code: 'STATE', message: '期限已延长过一次，不能再次延长' } })
    s = await t.ok('seizures.pause.add', { id: s.id, version: s.version, kind: 'appraisal', startDate: '2026-11-10', endDate: '2026-11-14' }, client)
    expect(s.term).toMatchObject({ endDate: '2027-01-06', pausedDays: 5 })
    s = await t.ok('seizures.pause.add', { id: s.id, version: s.version, kind: 'testing', startDate: '2026-11-20', endDate: null }, client)
    expect(s.term).toMatchObject({ endDate: null, pausedNow: true, overdue: false })
    s = await t.ok('seizures.pause.end', { id: s.id, version: s.version, pauseId: s.pauses[1]!.id, endDate: '2026-11-22' }, client)
    expect(s.term).toMatchObject({ endDate: '2027-01-09', pausedDays: 8 })
    s = await t.ok('seizures.pause.void', { id: s.id, version: s.version, pauseId: s.pauses[0]!.id, reason: '鉴定未实际进行' }, client)
    expect(s.term.endDate).toBe('2027-01-04')
    const history = await t.ok('audit.history', { recordType: 'seizure', recordId: s.id }, client)
    expect(history.map((e) => e.actionLabel)).toEqual(expect.arrayContaining(['延长期限', '检测鉴定期间', '作废']))
  })
})

describe('打印清单', () => {
  it('issues the list for one seizure through its own operation, archives it and notes it in the record history', async () => {
    t = await setUpCore(undefined, clock())
    const { client } = await addClerk(t)
    const s = await createSeizure(t, client)
    const doc = await t.ok('seizures.inventory', { id: s.id, date: '2026-11-23' }, client)
    expect(doc.fileName).toMatch(/扣押物品清单.*\.docx$/)
    const archived = await t.ok('documents.archive.list', {}, client)
    expect(archived.map((a) => a.id)).toContain(doc.archiveId)
    const history = await t.ok('audit.history', { recordType: 'seizure', recordId: s.id }, client)
    expect(history.find((e) => e.action === 'generate')?.changes).toEqual([{ field: 'inventory', label: '物品清单', from: '（空）', to: doc.fileName }])
  })
})
