import { afterEach, describe, expect, it } from 'vitest'
import readXlsxFile from 'read-excel-file/node'
import type { ClientContext } from '../../../electron/core'
import { FakeClock, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addClerk, createSeizure, seizureInput } from '../../support/seizures'
import { seededRandom } from '../../support/seeded-random'
import { OWN_PASSWORD } from '../../support/users'

let t: CoreHarness
afterEach(async () => t?.dispose())

const clock = () => new FakeClock(Date.parse('2026-11-23T01:00:00Z'))

async function threeRecords(client: ClientContext) {
  const a = await createSeizure(t, client) // 东方商行: 运动鞋 NIKE, 白酒 茅台, 散装茶叶 西湖龙井
  const b = await createSeizure(t, client, {
    decisionNo: '测市监强制〔2026〕20号',
    kind: 'sealing',
    decisionDate: '2026-09-01',
    unit: '执法大队',
    party: { type: 'natural_person', name: '王小明', idNo: '11010519491231002X' },
    officers: [
      { name: '周执法', certNo: '35010012399' },
      { name: '李执法', certNo: '35010012346' },
    ],
    items: [{ name: '儿童玩具汽车', brand: '乐高', category: 'children', qtyMilli: 50_000, unit: '盒' }],
  })
  const c = await createSeizure(t, client, {
    decisionNo: '测市监强制〔2026〕21号',
    decisionDate: '2026-11-20',
    party: { type: 'individual_business', name: '测试县鞋城', idNo: '' },
    items: [{ name: '皮鞋', brand: 'Adidas', category: 'apparel', qtyMilli: 8_000, unit: '双' }],
  })
  return { a, b, c }
}

const found = async (client: ClientContext, input: Parameters<CoreHarness['ok']>[1] & object) =>
  (await t.ok('seizures.list', input as never, client)).rows.map((r) => r.registerNo).sort()

describe('finding seizures', () => {
  it('finds Chinese substrings of one, two and three or more characters', async () => {
    t = await setUpCore(undefined, clock())
    const { client } = await addClerk(t)
    await threeRecords(client)
    expect(await found(client, { query: '鞋' })).toEqual(['2026-0001', '2026-0003']) // 运动鞋, 鞋城/皮鞋
    expect(await found(client, { query: '玩具' })).toEqual(['2026-0002'])
    expect(await found(client, { query: '茶叶' })).toEqual(['2026-0001'])
    expect(await found(client, { query: '西湖龙井' })).toEqual(['2026-0001'])
    expect(await found(client, { query: '东方商行' })).toEqual(['2026-0001'])
    expect(await found(client, { query: '运动鞋' })).toEqual(['2026-0001'])
    expect(await found(client, { query: 'nike' })).toEqual(['2026-0001']) // brands in any case
    expect(await found(client, { query: '〔2026〕20' })).toEqual(['2026-0002'])
    expect(await found(client, { query: '2026-0003' })).toEqual(['2026-0003'])
    expect(await found(client, { query: '1949' })).toEqual(['2026-0002']) // ID number
    expect(await found(client, { query: '鞋 东方' })).toEqual(['2026-0001']) // every term must match
    expect(await found(client, { query: '鳄鱼' })).toEqual([])
    // Characters that mean something to LIKE or FTS5 are taken literally.
    expect(await found(client, { query: '%' })).toEqual([])
    expect(await found(client, { query: '"鞋' })).toEqual([])
    expect(await found(client, { query: 'a"b OR c' })).toEqual([])
  })

  it('follows corrections: the index changes in the same transaction', async () => {
    t = await setUpCore(undefined, clock())
    const { client } = await addClerk(t)
    const { c } = await threeRecords(client)
    const input = seizureInput({ decisionNo: c.decisionNo, decisionDate: c.decisionDate, party: { type: 'individual_business', name: '测试县鞋城', idNo: '' } })
    await t.ok('seizures.update', { ...input, id: c.id, version: c.version, items: [{ id: c.items[0]!.id, name: '凉鞋', brand: 'Adidas', category: 'apparel', qtyMilli: 8_000, unit: '双' }] }, client)
    expect(await found(client, { query: '皮鞋' })).toEqual([])
    expect(await found(client, { query: '凉鞋' })).toEqual(['2026-0003'])
  })

  it('filters by date, kind, category, unit, officer, party and status, and sorts and pages', async () => {
    t = await setUpCore(undefined, clock())
    const { client } = await addClerk(t)
    await threeRecords(client)
    expect(await found(client, { dateFrom: '2026-11-01', dateTo: '2026-11-30' })).toEqual(['2026-0001', '2026-0003'])
    expect(await found(client, { kinds: ['sealing'] })).toEqual(['2026-0002'])
    expect(await found(client, { category: 'apparel' })).toEqual(['2026-0001', '2026-0003'])
    expect(await found(client, { unit: '大队' })).toEqual(['2026-0002'])
    expect(await found(client, { officer: '周' })).toEqual(['2026-0002'])
    expect(await found(client, { party: '王小明' })).toEqual(['2026-0002'])
    // 2026-09-01 + 30 = 2026-10-01, long past on 2026-11-23, nothing disposed of.
    expect(await found(client, { statuses: ['overdue'] })).toEqual(['2026-0002'])
    expect(await found(client, { statuses: ['holding'] })).toEqual(['2026-0001', '2026-0003'])
    const byParty = await t.ok('seizures.list', { sort: { field: 'decisionDate', order: 'asc' }, pageSize: 10 }, client)
    expect(byParty.rows.map((r) => r.decisionDate)).toEqual(['2026-09-01', '2026-11-02', '2026-11-20'])
    const page2 = await t.ok('seizures.list', { pageSize: 10, page: 2 }, client)
    expect(page2).toEqual({ rows: [], total: 3 })
    const overdue = (await t.ok('seizures.list', { statuses: ['overdue'] }, client)).rows[0]!
    expect(overdue).toMatchObject({ status: 'overdue', overdue: true, termEnd: '2026-10-01', daysLeft: -53 })
  })

  it('derives the same status in the list (SQL) as on the record, for random outcomes, pauses and dates', async () => {
    const c = clock()
    t = await setUpCore(undefined, c)
    const { client } = await addClerk(t)
    const rnd = seededRandom(5)
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!
    for (let n = 0; n < 24; n++) {
      const day = 1 + Math.floor(rnd() * 28)
      let s = await createSeizure(t, client, {
        decisionNo: `测市监强制〔2026〕${100 + n}号`,
        kind: pick(['detention', 'sealing', 'preservation'] as const),
        decisionDate: `2026-${pick(['09', '10', '11'])}-${String(Math.min(day, 22)).padStart(2, '0')}`,
      })
      for (const line of s.items) {
        const r = rnd()
        if (r < 0.3) continue
        const qty = r < 0.6 ? line.qtyMilli : Math.max(1, Math.floor(line.qtyMilli / 2))
        s = await t.ok('seizures.outcome.add', { id: s.id, version: s.version, itemId: line.id, kind: 'confiscation', qtyMilli: qty, date: '2026-11-23', docNo: '测市监罚〔2026〕1号' }, client)
      }
      if (s.kind !== 'preservation' && rnd() < 0.4) {
        const r = await t.call('seizures.pause.add', { id: s.id, version: s.version, kind: 'testing', startDate: s.decisionDate, endDate: rnd() < 0.5 ? null : s.decisionDate }, client)
        expect(r.ok).toBe(true)
      }
    }
    for (const stepDays of [0, 20, 60]) {
      c.advanceMinutes(stepDays * 24 * 60)
      await t.ok('auth.login', { login: 'clerk1', password: OWN_PASSWORD }, client) // idle logout after the jump
      const page = await t.ok('seizures.list', { pageSize: 200 }, client)
      expect(page.total).toBe(24)
      for (const row of page.rows) {
        const one = await t.ok('seizures.get', { id: row.id }, client)
        expect([row.status, row.termEnd, row.daysLeft, row.overdue], row.registerNo).toEqual([one.status, one.term.endDate, one.term.daysLeft, one.term.overdue])
      }
    }
  })
})

describe('list details', () => {
  it('takes % and _ in the text filters literally, keeps voided records out of every status, and sorts paused terms last', async () => {
    t = await setUpCore(undefined, clock())
    const { client } = await addClerk(t)
    const { a, b } = await threeRecords(client)
    expect(await found(client, { unit: '%' })).toEqual([])
    expect(await found(client, { party: '_' })).toEqual([])
    expect(await found(client, { officer: '%' })).toEqual([])
    await t.ok('seizures.pause.add', { id: a.id, version: a.version, kind: 'testing', startDate: '2026-11-10', endDate: null }, client)
    const byTerm = await t.ok('seizures.list', { sort: { field: 'termEnd', order: 'asc' } }, client)
    expect(byTerm.rows.map((r) => r.registerNo)).toEqual(['2026-0002', '2026-0003', '2026-0001'])
    await t.ok('seizures.void', { id: b.id, version: b.version, reason: '重复登记' }, client)
    expect(await found(client, { statuses: ['overdue'], includeVoided: true })).toEqual([])
  })
})

describe('导出 Excel', () => {
  it('writes the filtered list in the list’s order, dates as Excel dates, money as numbers, and every item line on a second sheet', async () => {
    t = await setUpCore(undefined, clock())
    const { client } = await addClerk(t)
    await threeRecords(client)
    const file = await t.ok('seizures.export', { category: 'apparel', sort: { field: 'registerNo', order: 'asc' } }, client)
    expect(file).toMatchObject({ fileName: '查扣登记_2026-11-23.xlsx', rows: 2 })
    const [sheet, items] = await readXlsxFile(Buffer.from(file.base64, 'base64'))
    expect(sheet!.sheet).toBe('查扣登记')
    const [header, ...rows] = sheet!.data
    expect(header).toEqual(['登记号', '措施种类', '决定书文号', '决定日期', '当事人', '承办单位', '执法人员', '物品', '行数', '货值（元）', '状态', '期限届满日', '剩余天数', '作废'])
    const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
    expect(rows.map((r) => [r[0], r[1], r[3], r[4], r[7], r[8], r[9], r[10], r[11], r[12]])).toEqual([
      ['2026-0001', '扣押', day('2026-11-02'), '测试县东方商行有限公司', '运动鞋、白酒、散装茶叶', 3, 60000, '在扣', day('2026-12-02'), 9],
      ['2026-0003', '扣押', day('2026-11-20'), '测试县鞋城', '皮鞋', 1, 0, '在扣', day('2026-12-20'), 27],
    ])
    // One row per item line, in the same order, with what remains of each.
    expect(items!.sheet).toBe('物品明细')
    expect(items!.data[0]).toEqual(['登记号', '行号', '品名', '品牌/涉嫌侵权商标', '规格型号', '类别', '数量', '单位', '重量（千克）', '货值（元）', '存放位置', '已解除', '已没收', '已移送', '剩余', '备注'])
    expect(items!.data.slice(1).map((r) => [r[0], r[1], r[2], r[6], r[7], r[14]])).toEqual([
      ['2026-0001', 1, '运动鞋', 120, '双', 120],
      ['2026-0001', 2, '白酒', 24, '瓶', 24],
      ['2026-0001', 3, '散装茶叶', 12.5, '千克', 12.5],
      ['2026-0003', 1, '皮鞋', expect.any(Number), expect.any(String), expect.any(Number)],
    ])
    // The list sorted the other way exports the other way.
    const desc = await t.ok('seizures.export', { category: 'apparel', sort: { field: 'registerNo', order: 'desc' } }, client)
    const [descSheet] = await readXlsxFile(Buffer.from(desc.base64, 'base64'))
    expect(descSheet!.data.slice(1).map((r) => r[0])).toEqual(['2026-0003', '2026-0001'])
    // A search narrows the export exactly as it narrows the list.
    expect((await t.ok('seizures.export', { query: '玩具' }, client)).rows).toBe(1)
  })
})
