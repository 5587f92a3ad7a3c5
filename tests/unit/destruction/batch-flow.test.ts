import { afterEach, describe, expect, it } from 'vitest'
import { FakeClock, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addAccount } from '../../support/users'
import { addClerk } from '../../support/seizures'
import { batchFactsInput, confiscatedSeizure } from '../../support/destruction'

// A batch from the confiscated stock to a locked record, through core: what the stock shows at each step.

let t: CoreHarness
afterEach(() => t?.dispose())

describe('a destruction batch', () => {
  it('takes confiscated lines, is approved, executed with one line short, and the stock follows', async () => {
    t = await setUpCore(undefined, new FakeClock(Date.parse('2026-12-20T02:00:00Z')))
    const clerk = (await addClerk(t)).client
    const boss = (await addAccount(t, 'boss', '钱领导', ['approver'])).client
    const a = await confiscatedSeizure(t, clerk)
    const b = await confiscatedSeizure(t, clerk, { decisionNo: '测市监强制〔2026〕13号' }, '测市监罚〔2026〕6号')

    const stock = await t.ok('destruction.stock.list', {}, clerk)
    expect(stock.total).toBe(6)
    expect(stock.totals.units).toEqual([{ unit: '千克', qtyMilli: 25_000 }, { unit: '双', qtyMilli: 240_000 }, { unit: '瓶', qtyMilli: 48_000 }])

    let batch = await t.ok('destruction.batch.create', batchFactsInput(), clerk)
    expect(batch.batchNo).toBe('2026-XH-001')
    // One seizure picked line by line (part of the shoes), the other by its register number.
    batch = await t.ok('destruction.lines.add', { id: batch.id, version: batch.version, lines: [{ itemId: a.items[0]!.id, qtyMilli: 100_000 }, { itemId: a.items[1]!.id, qtyMilli: null }] }, clerk)
    const scanned = await t.ok('destruction.lines.addSeizure', { id: batch.id, version: batch.version, registerNo: b.registerNo }, clerk)
    expect(scanned.added).toBe(3)
    batch = scanned
    expect(batch.lines.map((l) => l.plannedMilli)).toEqual([100_000, 24_000, 120_000, 24_000, 12_500])
    expect(batch.planned.byCategory.map((c) => c.category)).toEqual(['apparel', 'tobacco_alcohol', 'food'])
    // 96 kg of shoes for 120 pairs: 100 pairs weigh 80 kg.
    expect(batch.lines[0]!.plannedWeightG).toBe(80_000)

    const left = await t.ok('destruction.stock.list', {}, clerk)
    expect(left.rows.map((r) => [r.registerNo, r.lineNo, r.leftMilli])).toEqual([
      [a.registerNo, 1, 20_000],
      [a.registerNo, 3, 12_500],
    ])

    const refused = await t.call('destruction.batch.approve', { id: batch.id, version: batch.version, opinion: '同意', date: '2026-12-20' }, clerk)
    expect(refused.ok).toBe(false)
    batch = await t.ok('destruction.batch.submit', { id: batch.id, version: batch.version, request: '申请集中销毁' }, clerk)
    batch = await t.ok('destruction.batch.approve', { id: batch.id, version: batch.version, opinion: '同意销毁', date: '2026-12-20' }, boss)
    const short = batch.lines[1]!
    const noReason = await t.call('destruction.batch.execute', { id: batch.id, version: batch.version, actualDate: '2026-12-20', lines: [{ lineId: short.id, destroyedMilli: 20_000 }] }, clerk)
    expect(noReason.ok || noReason.error.fields).toEqual({ 'lines.1.reason': expect.stringContaining('请写明原因') })
    batch = await t.ok('destruction.batch.execute', { id: batch.id, version: batch.version, actualDate: '2026-12-20', lines: [{ lineId: short.id, destroyedMilli: 20_000, reason: '4瓶破损已另行处理' }] }, clerk)
    expect(batch.status).toBe('executed')
    expect(batch.destroyed?.units).toEqual([{ unit: '双', qtyMilli: 220_000 }, { unit: '瓶', qtyMilli: 44_000 }, { unit: '千克', qtyMilli: 12_500 }])

    // The 4 bottles not destroyed are back in the stock; the seizure's history names the batch.
    const after = await t.ok('destruction.stock.list', { query: a.registerNo }, clerk)
    expect(after.rows.map((r) => [r.lineNo, r.leftMilli])).toEqual([[1, 20_000], [2, 4_000], [3, 12_500]])
    const history = await t.ok('audit.history', { recordType: 'seizure', recordId: a.id }, clerk)
    expect(JSON.stringify(history)).toContain('销毁 20瓶，批次 2026-XH-001')
    const seen = await t.ok('seizures.get', { id: a.id }, clerk)
    expect(seen.items.map((i) => [i.inBatchMilli, i.destroyedMilli])).toEqual([[100_000, 100_000], [20_000, 20_000], [0, 0]])
    expect(seen.status).toBe('disposed')
    const held = await t.ok('destruction.forSeizure', { seizureId: a.id }, clerk)
    expect(held).toEqual([{ batchId: batch.id, batchNo: '2026-XH-001', status: 'executed', lines: [
      { lineNo: 1, name: '运动鞋', unit: '双', plannedMilli: 100_000, destroyedMilli: 100_000 },
      { lineNo: 2, name: '白酒', unit: '瓶', plannedMilli: 24_000, destroyedMilli: 20_000 },
    ] }])
  })

  it('refuses to void a 没收 outcome a batch holds, naming the batch, and changes nothing', async () => {
    t = await setUpCore(undefined, new FakeClock(Date.parse('2026-12-20T02:00:00Z')))
    const clerk = (await addClerk(t)).client
    const s = await confiscatedSeizure(t, clerk)
    let batch = await t.ok('destruction.batch.create', batchFactsInput(), clerk)
    batch = await t.ok('destruction.lines.add', { id: batch.id, version: batch.version, lines: [{ itemId: s.items[1]!.id, qtyMilli: 1_000 }] }, clerk)
    const outcome = s.outcomes.find((o) => o.itemId === s.items[1]!.id)!
    const r = await t.call('seizures.outcome.void', { id: s.id, version: s.version, outcomeId: outcome.id, reason: '登记错误' }, clerk)
    expect(r.ok ? null : [r.error.code, r.error.message]).toEqual(['STATE', expect.stringContaining('列入销毁批次 2026-XH-001')])
    expect((await t.ok('seizures.get', { id: s.id }, clerk)).version).toBe(s.version)
    // Once the batch lets the bottle go (the line removed), the outcome may be voided.
    await t.ok('destruction.lines.remove', { id: batch.id, version: batch.version, lineId: batch.lines[0]!.id }, clerk)
    await t.ok('seizures.outcome.void', { id: s.id, version: s.version, outcomeId: outcome.id, reason: '登记错误' }, clerk)
  })
})
