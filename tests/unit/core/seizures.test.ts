import { afterEach, describe, expect, it } from 'vitest'
import { FakeClock, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addClerk, createSeizure, seizureInput } from '../../support/seizures'
import { dbContent } from '../../support/db-snapshot'
import { addAccount } from '../../support/users'
import type { ItemLineInput } from '../../../shared/api/seizures'

let t: CoreHarness
afterEach(async () => t?.dispose())

// 2026-11-23 09:00 in China.
const clock = () => new FakeClock(Date.parse('2026-11-23T01:00:00Z'))

describe('registering a seizure', () => {
  it('numbers records per year, stores lines in thousandths/grams/fen, and derives term and status', async () => {
    t = await setUpCore(undefined, clock())
    const { client } = await addClerk(t)
    const s = await createSeizure(t, client)
    expect(s.registerNo).toBe('2026-0001')
    expect(s.items.map((i) => [i.lineNo, i.name, i.qtyMilli, i.remainingMilli])).toEqual([
      [1, '运动鞋', 120_000, 120_000],
      [2, '白酒', 24_000, 24_000],
      [3, '散装茶叶', 12_500, 12_500],
    ])
    expect(s.totals).toEqual({ lines: 3, valueFen: 6_000_000, weightG: 108_500 })
    expect(s.term).toMatchObject({ baseEnd: '2026-12-02', endDate: '2026-12-02', daysLeft: 9, overdue: false })
    expect(s.status).toBe('holding')
    expect(s.officers).toHaveLength(2)
    expect(s.party).toMatchObject({ idNo: '91350100M000100Y43', idUnverified: false })
    const second = await createSeizure(t, client, { decisionNo: '测市监强制〔2026〕13号' })
    expect(second.registerNo).toBe('2026-0002')
  })

  it('never reuses a register number, even of a voided record', async () => {
    t = await setUpCore(undefined, clock())
    const { client } = await addClerk(t)
    const a = await createSeizure(t, client)
    await t.ok('seizures.void', { id: a.id, version: a.version, reason: '重复登记' }, client)
    const b = await createSeizure(t, client)
    expect(b.registerNo).toBe('2026-0002')
  })

  it('refuses bad input with Chinese messages and writes nothing', async () => {
    t = await setUpCore(undefined, clock())
    const { client } = await addClerk(t)
    await createSeizure(t, client)
    const cases: [Partial<ReturnType<typeof seizureInput>>, string, string][] = [
      [{ officers: [{ name: '张执法', certNo: '1' }] }, 'officers', '执法人员不得少于两人'],
      [{ decisionNo: 'X市监强制〔2026〕012号' }, 'decisionNo', '序号前不要补零'],
      [{ decisionNo: '测市监强制〔2026〕12号' }, 'decisionNo', '该决定书文号已登记（登记号 2026-0001）'],
      [{ decisionDate: '2026-11-24' }, 'decisionDate', '决定日期不能晚于今天'],
      [{ party: { type: 'natural_person', name: '王五', idNo: '11010519491231002X' + '1' } }, 'party.idNo', '身份证号'],
      [{ party: { type: 'enterprise', name: '某公司', idNo: '91350100M000100Y44' } }, 'party.idNo', '校验位'],
      [{ items: [] }, 'items', '请至少填写一行物品'],
      [{ items: [{ name: '鞋', category: 'apparel', qtyMilli: 0, unit: '双' }] }, 'items.0.qtyMilli', '数量应大于0'],
    ]
    for (const [over, field, message] of cases) {
      const before = dbContent(t.core.dbFile)
      const r = await t.call('seizures.create', seizureInput(over), client)
      expect(r.ok, field).toBe(false)
      if (r.ok) continue
      expect(r.error.code, field).toBe('VALIDATION')
      expect(r.error.fields?.[field] ?? r.error.message, field).toContain(message)
      expect(dbContent(t.core.dbFile), field).toBe(before)
    }
  })

  it('saves a credit code failing its check character only when the clerk confirms it', async () => {
    t = await setUpCore(undefined, clock())
    const { client } = await addClerk(t)
    const party = { type: 'enterprise' as const, name: '某商行', idNo: '91350100m000100y44' }
    const refused = await t.call('seizures.create', seizureInput({ party }), client)
    expect(refused.ok).toBe(false)
    const s = await createSeizure(t, client, { party: { ...party, confirmUnverified: true } })
    expect(s.party).toMatchObject({ idNo: '91350100M000100Y44', idUnverified: true })
  })

  it('keeps records from clerks of other roles: approvers and admins cannot register', async () => {
    t = await setUpCore(undefined, clock())
    const { client } = await addAccount(t, 'boss', '审核', ['approver'])
    const r = await t.call('seizures.create', seizureInput(), client)
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('correcting and voiding', () => {
  it('records every change with old and new values, line by line', async () => {
    t = await setUpCore(undefined, clock())
    const { client } = await addClerk(t)
    const s = await createSeizure(t, client)
    const input = seizureInput()
    const items: ItemLineInput[] = s.items.map((l, i) => ({ ...input.items[i]!, id: l.id }))
    items[0] = { ...items[0]!, qtyMilli: 118_000 }
    items.splice(1, 1) // the 白酒 line was entered by mistake
    items.push({ name: '洗发水', category: 'daily_goods', qtyMilli: 30_000, unit: '瓶' })
    const after = await t.ok('seizures.update', { ...input, id: s.id, version: s.version, place: '测试县城关镇人民路90号', items }, client)
    expect(after.version).toBe(2)
    expect(after.items.map((l) => `${l.lineNo}${l.name}${l.qtyMilli}`)).toEqual(['1运动鞋118000', '2散装茶叶12500', '3洗发水30000'])
    const history = await t.ok('audit.history', { recordType: 'seizure', recordId: s.id }, client)
    const update = history.find((e) => e.action === 'update')!
    const text = update.changes.map((c) => `${c.label}: ${c.from} → ${c.to}`)
    expect(text).toContain('实施地点: 测试县城关镇人民路88号东方商行 → 测试县城关镇人民路90号')
    expect(text).toContain('第1行 数量: 120 → 118')
    expect(text).toContain('第2行 物品行: 白酒 24瓶 → （空）')
    expect(text).toContain('第3行 物品行: （空） → 洗发水 30瓶')
    // 散装茶叶 moved up from line 3 to 2 when 白酒 was taken out.
    expect(text).toContain('第2行 行号（原 → 新）: 3 → 2')
  })

  it('counts a reordering of lines as a change: new version, audited, never a silent write', async () => {
    t = await setUpCore(undefined, clock())
    const { client } = await addClerk(t)
    const s = await createSeizure(t, client)
    const input = seizureInput()
    const items = s.items.map((l, i) => ({ ...input.items[i]!, id: l.id })).reverse()
    const after = await t.ok('seizures.update', { ...input, id: s.id, version: s.version, items }, client)
    expect(after.version).toBe(2)
    expect(after.items.map((l) => l.name)).toEqual(['散装茶叶', '白酒', '运动鞋'])
    const update = (await t.ok('audit.history', { recordType: 'seizure', recordId: s.id }, client)).find((e) => e.action === 'update')!
    expect(update.changes.map((c) => `${c.label}: ${c.from} → ${c.to}`)).toEqual(['第1行 行号（原 → 新）: 3 → 1', '第3行 行号（原 → 新）: 1 → 3'])
  })

  it('answers a stale version with CONFLICT and keeps the other person\'s change', async () => {
    t = await setUpCore(undefined, clock())
    const { client } = await addClerk(t)
    const { client: other } = await addClerk(t, 'clerk2', '钱录入')
    const s = await createSeizure(t, client)
    const input = { ...seizureInput(), items: s.items.map((l, i) => ({ ...seizureInput().items[i]!, id: l.id })), id: s.id, version: s.version }
    await t.ok('seizures.update', { ...input, notes: '第一人' }, other)
    const before = dbContent(t.core.dbFile)
    const r = await t.call('seizures.update', { ...input, notes: '第二人' }, client)
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(dbContent(t.core.dbFile)).toBe(before)
    expect((await t.ok('seizures.get', { id: s.id }, client)).notes).toBe('第一人')
  })

  it('voids with a reason; the record stays readable and is listed only when asked', async () => {
    t = await setUpCore(undefined, clock())
    const { client } = await addClerk(t)
    const s = await createSeizure(t, client)
    const v = await t.ok('seizures.void', { id: s.id, version: s.version, reason: '误登记' }, client)
    expect(v.voided).toMatchObject({ reason: '误登记', byName: '赵录入' })
    expect((await t.ok('seizures.list', {}, client)).total).toBe(0)
    const all = await t.ok('seizures.list', { includeVoided: true }, client)
    expect(all.rows.map((r) => [r.registerNo, r.voided])).toEqual([['2026-0001', true]])
    const again = await t.call('seizures.update', { ...seizureInput(), id: s.id, version: v.version }, client)
    expect(again).toMatchObject({ ok: false, error: { code: 'STATE' } })
  })
})
