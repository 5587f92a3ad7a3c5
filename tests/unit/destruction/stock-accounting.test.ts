import { afterEach, describe, expect, it } from 'vitest'
import type { ClientContext } from '../../../electron/core'
import { dbContent } from '../../support/db-snapshot'
import { approvedBatch, batchFactsInput, confiscatedSeizure, stockColumns, stockLeft } from '../../support/destruction'
import { addClerk, createSeizure, seizureInput } from '../../support/seizures'
import { FakeClock, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addAccount } from '../../support/users'

// The quantity accounting of 销毁管理: what each item line has confiscated, what live batches hold of it, and what
// is left in the stock, across partial lines, several batches, removed lines, voided drafts and voided outcomes;
// the totals exact in thousandths, grams and fen; the stock list's filters.

let t: CoreHarness
afterEach(() => t?.dispose())

let clerk: ClientContext
let boss: ClientContext

async function start(): Promise<void> {
  t = await setUpCore(undefined, new FakeClock(Date.parse('2026-12-20T02:00:00Z')))
  clerk = (await addClerk(t)).client
  boss = (await addAccount(t, 'boss', '钱领导', ['approver'])).client
}

const newBatch = () => t.ok('destruction.batch.create', batchFactsInput(), clerk)

describe('quantities between the stock and the batches', () => {
  it('follow partial lines, a line split over two batches, lines added to twice, removed, and a voided draft', async () => {
    await start()
    const a = await confiscatedSeizure(t, clerk)
    const [shoes, wine, tea] = a.items.map((i) => i.id) as [string, string, string]
    const cols = () => stockColumns(t.core.dbFile)
    expect(cols().get(shoes)).toEqual({ confiscated: 120_000, batch: 0 })

    // Part of the shoes into X, the rest into Y: the line split over two batches, none left.
    let x = await newBatch()
    let y = await newBatch()
    x = await t.ok('destruction.lines.add', { id: x.id, version: x.version, lines: [{ itemId: shoes, qtyMilli: 50_000 }] }, clerk)
    y = await t.ok('destruction.lines.add', { id: y.id, version: y.version, lines: [{ itemId: shoes, qtyMilli: null }] }, clerk)
    expect(y.lines.map((l) => l.plannedMilli)).toEqual([70_000])
    expect(cols().get(shoes)).toEqual({ confiscated: 120_000, batch: 120_000 })
    expect((await stockLeft(t, clerk)).has(shoes)).toBe(false)

    // Nothing left: refused, naming the line and what is left, and nothing written.
    const before = dbContent(t.core.dbFile)
    const more = await t.call('destruction.lines.add', { id: x.id, version: x.version, lines: [{ itemId: shoes, qtyMilli: 1_000 }] }, clerk)
    expect(more.ok).toBe(false)
    if (!more.ok) {
      expect(more.error.code).toBe('CONFLICT')
      expect(more.error.message).toContain(`登记号 ${a.registerNo} 第1行“运动鞋”`)
      expect(more.error.message).toContain('剩余待销毁 0双')
    }
    expect(dbContent(t.core.dbFile)).toBe(before)

    // Added twice to the same batch: one line whose plan grows; more than is left is refused with the amount.
    x = await t.ok('destruction.lines.add', { id: x.id, version: x.version, lines: [{ itemId: wine, qtyMilli: 10_000 }] }, clerk)
    x = await t.ok('destruction.lines.add', { id: x.id, version: x.version, lines: [{ itemId: wine, qtyMilli: 4_000 }] }, clerk)
    expect(x.lines.filter((l) => l.itemId === wine).map((l) => l.plannedMilli)).toEqual([14_000])
    expect((await stockLeft(t, clerk)).get(wine)).toBe(10_000)
    const tooMuch = await t.call('destruction.lines.add', { id: x.id, version: x.version, lines: [{ itemId: wine, qtyMilli: 10_001 }] }, clerk)
    expect(tooMuch.ok || [tooMuch.error.code, tooMuch.error.message]).toEqual(['CONFLICT', expect.stringContaining('剩余待销毁 10瓶')])
    // The plan of a line in the batch may grow to what the line has confiscated, not beyond.
    const over = await t.call('destruction.lines.update', { id: x.id, version: x.version, lineId: x.lines[1]!.id, qtyMilli: 24_001 }, clerk)
    expect(over.ok || [over.error.code, over.error.message]).toEqual(['CONFLICT', expect.stringContaining('最多可列入 24瓶')])
    x = await t.ok('destruction.lines.update', { id: x.id, version: x.version, lineId: x.lines[1]!.id, qtyMilli: 20_000 }, clerk)
    expect(cols().get(wine)).toEqual({ confiscated: 24_000, batch: 20_000 })

    // A line removed from Y gives its 70 pairs back; the voided draft X gives back its 50 pairs and 20 bottles.
    y = await t.ok('destruction.lines.remove', { id: y.id, version: y.version, lineId: y.lines[0]!.id }, clerk)
    expect(y.lines).toEqual([])
    expect((await stockLeft(t, clerk)).get(shoes)).toBe(70_000)
    x = await t.ok('destruction.batch.void', { id: x.id, version: x.version, reason: '活动取消，另行安排' }, clerk)
    expect(x.voided).not.toBeNull()
    expect(cols().get(shoes)).toEqual({ confiscated: 120_000, batch: 0 })
    expect(cols().get(wine)).toEqual({ confiscated: 24_000, batch: 0 })
    expect(await stockLeft(t, clerk)).toEqual(new Map([[shoes, 120_000], [wine, 24_000], [tea, 12_500]]))
    // The voided batch keeps its lines for the record, holding nothing; the seizure's page no longer lists it.
    expect((await t.ok('destruction.batch.get', { id: x.id }, clerk)).lines.map((l) => l.plannedMilli)).toEqual([50_000, 20_000])
    expect(await t.ok('destruction.forSeizure', { seizureId: a.id }, clerk)).toEqual([])

    // Two batches executed, one short: each holds what it destroyed, the rest is back in the stock.
    const p = await approvedBatch(t, clerk, boss, [{ itemId: shoes, qtyMilli: 60_000 }, { itemId: wine, qtyMilli: null }], '2026-12-20')
    const q = await approvedBatch(t, clerk, boss, [{ itemId: shoes, qtyMilli: null }], '2026-12-20')
    await t.ok('destruction.batch.execute', { id: p.id, version: p.version, actualDate: '2026-12-20', lines: [{ lineId: p.lines[0]!.id, destroyedMilli: 55_000, reason: '5双另案留作证据' }] }, clerk)
    await t.ok('destruction.batch.execute', { id: q.id, version: q.version, actualDate: '2026-12-20' }, clerk)
    expect(cols().get(shoes)).toEqual({ confiscated: 120_000, batch: 115_000 })
    expect(cols().get(wine)).toEqual({ confiscated: 24_000, batch: 24_000 })
    expect(await stockLeft(t, clerk)).toEqual(new Map([[shoes, 5_000], [tea, 12_500]]))
    const refs = await t.ok('destruction.forSeizure', { seizureId: a.id }, clerk)
    expect(refs.map((r) => [r.batchNo, r.status, r.lines.map((l) => [l.lineNo, l.plannedMilli, l.destroyedMilli])])).toEqual([
      [p.batchNo, 'executed', [[1, 60_000, 55_000], [2, 24_000, 24_000]]],
      [q.batchNo, 'executed', [[1, 60_000, 60_000]]],
    ])
  })

  it('refuses a line whose 没收 was voided meanwhile, naming the line, and counts several outcomes on one line', async () => {
    await start()
    let s = await createSeizure(t, clerk)
    const shoes = s.items[0]!
    // Two confiscations of the same line (two decisions): 60 + 40 pairs.
    s = await t.ok('seizures.outcome.add', { id: s.id, version: s.version, itemId: shoes.id, kind: 'confiscation', qtyMilli: 60_000, date: '2026-11-20', docNo: '测市监罚〔2026〕5号' }, clerk)
    s = await t.ok('seizures.outcome.add', { id: s.id, version: s.version, itemId: shoes.id, kind: 'confiscation', qtyMilli: 40_000, date: '2026-11-25', docNo: '测市监罚〔2026〕9号' }, clerk)
    s = await t.ok('seizures.outcome.add', { id: s.id, version: s.version, itemId: shoes.id, kind: 'release', qtyMilli: 20_000, date: '2026-11-25', docNo: '测市监解〔2026〕2号' }, clerk)
    let stock = await t.ok('destruction.stock.list', {}, clerk)
    expect(stock.rows.map((r) => [r.lineNo, r.confiscatedMilli, r.leftMilli, r.confiscationDate, r.confiscationDocNo])).toEqual([[1, 100_000, 100_000, '2026-11-25', '测市监罚〔2026〕9号']])

    // A clerk sees the stock; meanwhile both confiscations are voided (the decision was revoked).
    const batch = await newBatch()
    for (const o of s.outcomes.filter((x) => x.kind === 'confiscation')) {
      s = await t.ok('seizures.outcome.void', { id: s.id, version: s.version, outcomeId: o.id, reason: '处罚决定被撤销' }, clerk)
    }
    expect(stockColumns(t.core.dbFile).get(shoes.id)).toEqual({ confiscated: 0, batch: 0 })
    const before = dbContent(t.core.dbFile)
    const r = await t.call('destruction.lines.add', { id: batch.id, version: batch.version, lines: [{ itemId: shoes.id, qtyMilli: 10_000 }] }, clerk)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(['STATE', 'CONFLICT']).toContain(r.error.code)
      expect(r.error.message).toContain(`登记号 ${s.registerNo} 第1行“运动鞋”`)
    }
    // By register number too: nothing of this seizure is left to destroy.
    const scan = await t.call('destruction.lines.addSeizure', { id: batch.id, version: batch.version, registerNo: s.registerNo }, clerk)
    expect(scan.ok || scan.error.fields).toEqual({ registerNo: expect.stringContaining(s.registerNo) })
    expect(dbContent(t.core.dbFile)).toBe(before)
    stock = await t.ok('destruction.stock.list', {}, clerk)
    expect(stock.total).toBe(0)
  })

  it('refuses voiding a 没收 whose quantity a batch holds, beneath core if not before, and changes nothing', async () => {
    await start()
    let s = await confiscatedSeizure(t, clerk)
    const b = await newBatch()
    const held = await t.ok('destruction.lines.add', { id: b.id, version: b.version, lines: [{ itemId: s.items[1]!.id, qtyMilli: 1_000 }] }, clerk)
    expect(held.lines.map((l) => l.plannedMilli)).toEqual([1_000])
    s = await t.ok('seizures.get', { id: s.id }, clerk)
    const wineOutcome = s.outcomes.find((o) => o.itemId === s.items[1]!.id)!
    const before = dbContent(t.core.dbFile)
    const r = await t.call('seizures.outcome.void', { id: s.id, version: s.version, outcomeId: wineOutcome.id, reason: '数量录错' }, clerk)
    expect(r.ok).toBe(false)
    expect(dbContent(t.core.dbFile)).toBe(before)
    // The line the batch does not hold is free to change.
    const teaOutcome = s.outcomes.find((o) => o.itemId === s.items[2]!.id)!
    await t.ok('seizures.outcome.void', { id: s.id, version: s.version, outcomeId: teaOutcome.id, reason: '数量录错' }, clerk)
    expect(stockColumns(t.core.dbFile).get(s.items[2]!.id)).toEqual({ confiscated: 0, batch: 0 })
  })
})

describe('totals', () => {
  it('are exact: shares rounded half up in grams and fen, quantities summed by unit and never mixed', async () => {
    await start()
    const s = await confiscatedSeizure(t, clerk, {
      items: [
        // 2 boxes of 3 g and 5 fen: one box is 1.5 g → 2 g and 2.5 fen → 3 fen (half up), and so is the other.
        { name: '口罩', brand: '', spec: '', category: 'medical_device', qtyMilli: 2_000, unit: '箱', weightG: 3, valueFen: 5 },
        // 3 bottles of 1 000 g and 100 fen: one is 333.33 g → 333 g and 33.33 fen → 33 fen; two are 667 g, 67 fen.
        { name: '洗发水', brand: '海飞丝', spec: '400ml', category: 'cosmetics', qtyMilli: 3_000, unit: '瓶', weightG: 1_000, valueFen: 100 },
        // Large and fractional: 1 000 000.5 bottles, 1 亿元 and 400 t.
        { name: '饮料', brand: '红牛', spec: '250ml', category: 'food', qtyMilli: 1_000_000_500, unit: '瓶', weightG: 400_000_000, valueFen: 10_000_000_000 },
        { name: '香烟', brand: '中华', spec: '条', category: 'tobacco_alcohol', qtyMilli: 7_000, unit: '条', weightG: null, valueFen: 700_000 },
      ],
    })
    const [masks, shampoo, drinks, cigs] = s.items.map((i) => i.id) as [string, string, string, string]
    let b = await newBatch()
    b = await t.ok('destruction.lines.add', { id: b.id, version: b.version, lines: [{ itemId: masks, qtyMilli: 1_000 }, { itemId: shampoo, qtyMilli: 1_000 }, { itemId: drinks, qtyMilli: 333_333_333 }, { itemId: cigs, qtyMilli: 2_000 }] }, clerk)
    expect(b.lines.map((l) => [l.plannedMilli, l.plannedWeightG, l.valueFen])).toEqual([
      [1_000, 2, 3],
      [1_000, 333, 33],
      // 400 000 000 g × 333 333 333 / 1 000 000 500 = 133 333 266.6… g; 10¹⁰ fen × … = 3 333 331 663.3… fen.
      [333_333_333, 133_333_267, 3_333_331_663],
      [2_000, null, 200_000],
    ])
    expect(b.planned.units).toEqual([{ unit: '箱', qtyMilli: 1_000 }, { unit: '瓶', qtyMilli: 333_334_333 }, { unit: '条', qtyMilli: 2_000 }])
    expect(b.planned.weightG).toBe(2 + 333 + 133_333_267)
    expect(b.planned.valueFen).toBe(3 + 33 + 3_333_331_663 + 200_000)
    expect(b.planned.byCategory.map((c) => [c.category, c.lines, c.units, c.weightG, c.valueFen])).toEqual([
      ['medical_device', 1, [{ unit: '箱', qtyMilli: 1_000 }], 2, 3],
      ['cosmetics', 1, [{ unit: '瓶', qtyMilli: 1_000 }], 333, 33],
      ['food', 1, [{ unit: '瓶', qtyMilli: 333_333_333 }], 133_333_267, 3_333_331_663],
      ['tobacco_alcohol', 1, [{ unit: '条', qtyMilli: 2_000 }], 0, 200_000],
    ])

    // The stock shows what is left, each line's share rounded the same way, the totals the sum of the rows.
    const stock = await t.ok('destruction.stock.list', {}, clerk)
    expect(stock.rows.map((r) => [r.leftMilli, r.weightG, r.valueFen])).toEqual([
      [1_000, 2, 3],
      [2_000, 667, 67],
      [666_667_167, 266_666_733, 6_666_668_337],
      [5_000, null, 500_000],
    ])
    expect(stock.totals.units).toEqual([
      { unit: '条', qtyMilli: 5_000 },
      { unit: '瓶', qtyMilli: 666_669_167 },
      { unit: '箱', qtyMilli: 1_000 },
    ].sort((x, y) => (x.unit < y.unit ? -1 : 1)))
    expect(stock.totals.weightG).toBe(stock.rows.reduce((n, r) => n + (r.weightG ?? 0), 0))
    expect(stock.totals.valueFen).toBe(stock.rows.reduce((n, r) => n + (r.valueFen ?? 0), 0))
    expect(stock.totals.lines).toBe(4)

    // The list's cached totals are the batch's planned ones.
    const list = await t.ok('destruction.batch.list', {}, clerk)
    expect(list.rows.map((r) => [r.lines, r.weightG, r.valueFen])).toEqual([[4, b.planned.weightG, b.planned.valueFen]])
  })
})

describe('the stock list', () => {
  it('filters by category, storage location and the locations below it, 承办单位, confiscation date and a search', async () => {
    await start()
    const warehouse = await t.ok('storage.create', { parentId: null, name: '一号仓库' }, clerk)
    const shelf = await t.ok('storage.create', { parentId: warehouse.id, name: 'A架' }, clerk)
    const bin = await t.ok('storage.create', { parentId: shelf.id, name: '03货位' }, clerk)
    const other = await t.ok('storage.create', { parentId: null, name: '二号仓库' }, clerk)
    const base = seizureInput().items
    const a = await confiscatedSeizure(t, clerk, {
      items: [
        { ...base[0]!, storageLocationId: bin.id },
        { ...base[1]!, storageLocationId: warehouse.id },
      ],
    }, '测市监罚〔2026〕5号')
    const b = await confiscatedSeizure(t, clerk, {
      decisionNo: '测市监强制〔2026〕13号',
      unit: '城西市场监督管理所',
      party: { type: 'natural_person', name: '李四', idNo: '', address: '测试县城西路1号', phone: '' },
      items: [{ ...base[2]!, storageLocationId: other.id }, { name: '蓝牙耳机', brand: 'SONY', spec: 'WH-1000', category: 'electronics', qtyMilli: 10_000, unit: '副', valueFen: 500_000 }],
    }, '测市监罚〔2026〕6号')
    // b's outcomes dated later: voided and recorded again on 12-10.
    let bs = await t.ok('seizures.get', { id: b.id }, clerk)
    for (const o of bs.outcomes) {
      bs = await t.ok('seizures.outcome.void', { id: bs.id, version: bs.version, outcomeId: o.id, reason: '日期录错' }, clerk)
      bs = await t.ok('seizures.outcome.add', { id: bs.id, version: bs.version, itemId: o.itemId, kind: 'confiscation', qtyMilli: o.qtyMilli, date: '2026-12-10', docNo: '测市监罚〔2026〕6号' }, clerk)
    }
    // A seizure with nothing confiscated is not in the stock.
    await createSeizure(t, clerk, { decisionNo: '测市监强制〔2026〕14号' })

    const lines = async (filter: Record<string, unknown>) =>
      (await t.ok('destruction.stock.list', filter, clerk)).rows.map((r) => `${r.registerNo}/${r.lineNo}`)
    const A = (n: number) => `${a.registerNo}/${n}`
    const B = (n: number) => `${b.registerNo}/${n}`
    // Newest seizure first, lines in order.
    expect(await lines({})).toEqual([B(1), B(2), A(1), A(2)])
    expect(await lines({ category: 'apparel' })).toEqual([A(1)])
    expect(await lines({ category: 'electronics' })).toEqual([B(2)])
    expect(await lines({ storageLocationId: warehouse.id })).toEqual([A(1), A(2)])
    expect(await lines({ storageLocationId: shelf.id })).toEqual([A(1)])
    expect(await lines({ storageLocationId: bin.id })).toEqual([A(1)])
    expect(await lines({ storageLocationId: other.id })).toEqual([B(1)])
    expect(await lines({ unit: '城西' })).toEqual([B(1), B(2)])
    expect(await lines({ unit: '城关市场监督管理所' })).toEqual([A(1), A(2)])
    expect(await lines({ dateFrom: '2026-12-01' })).toEqual([B(1), B(2)])
    expect(await lines({ dateTo: '2026-11-30' })).toEqual([A(1), A(2)])
    expect(await lines({ dateFrom: '2026-11-20', dateTo: '2026-11-20' })).toEqual([A(1), A(2)])
    expect(await lines({ query: a.registerNo })).toEqual([A(1), A(2)])
    expect(await lines({ query: '李四' })).toEqual([B(1), B(2)])
    expect(await lines({ query: '耳机' })).toEqual([B(2)])
    expect(await lines({ query: 'sony' })).toEqual([B(2)])
    expect(await lines({ query: '测市监强制〔2026〕13号' })).toEqual([B(1), B(2)])
    expect(await lines({ query: '没有这样的东西' })).toEqual([])
    expect(await lines({ category: 'food', unit: '城西', query: '茶叶', storageLocationId: other.id, dateFrom: '2026-12-10' })).toEqual([B(1)])

    // Each row as the clerk reads it; the totals follow the filter.
    const page = await t.ok('destruction.stock.list', { storageLocationId: warehouse.id }, clerk)
    expect(page.rows[0]).toMatchObject({ registerNo: a.registerNo, partyName: '测试县东方商行有限公司', name: '运动鞋', brand: 'NIKE', unit: '双', leftMilli: 120_000, confiscatedMilli: 120_000, weightG: 96_000, valueFen: 3_600_000, storageLocationPath: expect.stringContaining('03货位'), confiscationDate: '2026-11-20', confiscationDocNo: '测市监罚〔2026〕5号', handlingUnit: '城关市场监督管理所' })
    expect(page.totals).toEqual({ lines: 2, units: expect.arrayContaining([{ unit: '双', qtyMilli: 120_000 }, { unit: '瓶', qtyMilli: 24_000 }]), weightG: 96_000, valueFen: 6_000_000 })
    expect(page.total).toBe(2)

    // Paging: pageSize 10 minimum; the second page of four lines is empty.
    expect((await t.ok('destruction.stock.list', { page: 2, pageSize: 10 }, clerk)).rows).toEqual([])
  })
})
