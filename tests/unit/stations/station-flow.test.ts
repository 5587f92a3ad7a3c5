import { afterEach, describe, expect, it } from 'vitest'
import readXlsxFile from 'read-excel-file/node'
import { stationInput, stationOffice, UNITS, type CoreHarness } from '../../support/stations'
import { dbContent } from '../../support/db-snapshot'
import { checkPhone } from '../../../shared/rules/phone'

// 服务站 through core: registered with a per-year number, the credit code's check character warned and
// confirmed, phones and the 所 checked; states with their history and roles; the yearly review's arithmetic;
// the list's filters and the export in the import's columns.

let t: CoreHarness
afterEach(() => t?.dispose())

describe('服务站', () => {
  it('registers, corrects and voids a station, its number never reused', async () => {
    const o = await stationOffice()
    t = o.t
    const a = await t.ok('stations.create', { facts: stationInput() }, o.clerk)
    expect(a).toMatchObject({ stationNo: '2026-FW-0001', status: 'preparing', phone: '0591-87654321', hostCodeUnverified: false, conditions: ['fixed_place', 'staff', 'phone'] })
    expect(a.history).toMatchObject([{ from: null, to: 'preparing', date: '2026-10-20' }])
    const v = await t.ok('stations.void', { id: a.id, version: a.version, reason: '重复登记' }, o.clerk)
    expect(v.voided?.reason).toBe('重复登记')
    const b = await t.ok('stations.create', { facts: stationInput({ name: '南山超市服务站', unit: UNITS[1], phone: '138 1234 5678' }), initialStatus: 'active' }, o.clerk)
    expect(b).toMatchObject({ stationNo: '2026-FW-0002', status: 'active', phone: '13812345678' })
    const c = await t.ok('stations.update', { id: b.id, version: b.version, facts: stationInput({ name: '南山超市服务站', unit: UNITS[1], head: '赵站长', phone: '13812345678' }) }, o.clerk)
    expect(c).toMatchObject({ head: '赵站长', version: b.version + 1 })
    // A stale version is refused.
    const stale = await t.call('stations.update', { id: b.id, version: b.version, facts: stationInput() }, o.clerk)
    expect(stale.ok ? null : stale.error.code).toBe('CONFLICT')
  })

  it('refuses bad facts at the field, writing nothing', async () => {
    const o = await stationOffice()
    t = o.t
    const before = dbContent(t.core.dbFile)
    const cases: [Partial<Parameters<typeof stationInput>[0]>, string, RegExp][] = [
      [{ name: '  ' }, 'facts.name', /请填写服务站名称/],
      [{ hostCreditCode: '91350100M000100Y44' }, 'facts.hostCreditCode', /校验位|仍然保存/],
      [{ hostCreditCode: '123' }, 'facts.hostCreditCode', /18位|统一社会信用代码/],
      [{ phone: '87654321' }, 'facts.phone', /请加区号/],
      [{ phone: '1381234567' }, 'facts.phone', /11位/],
      [{ unit: '不存在所' }, 'facts.unit', /不在列表中/],
      [{ odr: false, odrSince: '2025-01-01' }, 'facts.odrSince', /不是ODR企业/],
      [{ setUpOn: '2025-05-01', plaqueOn: '2025-04-01' }, 'facts.plaqueOn', /授牌日期不能早于设立日期/],
    ]
    for (const [over, field, message] of cases) {
      const r = await t.call('stations.create', { facts: stationInput(over) }, o.clerk)
      expect(r.ok, field).toBe(false)
      if (!r.ok) {
        expect(r.error.code, field).toBe('VALIDATION')
        expect(r.error.fields?.[field] ?? r.error.message, field).toMatch(message)
      }
    }
    // The approver reads but does not register.
    const role = await t.call('stations.create', { facts: stationInput() }, o.boss)
    expect(role.ok ? null : role.error.code).toBe('FORBIDDEN')
    expect(dbContent(t.core.dbFile)).toBe(before)
    // Confirmed, the mismatching check character is kept and marked.
    const s = await t.ok('stations.create', { facts: stationInput({ hostCreditCode: '91350100M000100Y44', confirmUnverified: true }) }, o.clerk)
    expect(s).toMatchObject({ hostCreditCode: '91350100M000100Y44', hostCodeUnverified: true })
  })

  it('moves through its states with their history, refusing the impossible ones', async () => {
    const o = await stationOffice()
    t = o.t
    let s = await t.ok('stations.create', { facts: stationInput() }, o.clerk)
    const to = (next: 'active' | 'rectifying' | 'revoked', extra: object = {}) => t.call('stations.status', { id: s.id, version: s.version, to: next, date: '2026-10-20', ...extra }, o.clerk)
    const bad = await to('rectifying', { reason: '投诉登记簿缺失', dueDate: '2026-11-20' })
    expect(bad.ok ? null : bad.error.message).toMatch(/当前为“筹建”，不能变更为“整改”/)
    let r = await to('active')
    s = r.ok ? r.data : s
    expect(s).toMatchObject({ status: 'active', plaqueOn: '2026-10-20' })
    for (const [extra, field] of [[{ dueDate: '2026-11-20' }, 'reason'], [{ reason: '缺登记簿' }, 'dueDate'], [{ reason: '缺登记簿', dueDate: '2026-10-01' }, 'dueDate']] as const) {
      const x = await to('rectifying', extra)
      expect(x.ok ? null : Object.keys(x.error.fields ?? {}), field).toEqual([field])
    }
    r = await to('rectifying', { reason: '投诉登记簿缺失', dueDate: '2026-10-25' })
    s = r.ok ? r.data : s
    expect(s).toMatchObject({ status: 'rectifying', rectifyReason: '投诉登记簿缺失', rectifyDue: '2026-10-25', rectifyOverdue: false })
    // Past its due date, flagged on the station, the list and the 工作台.
    await o.laterDays(8)
    expect((await t.ok('stations.get', { id: s.id })).rectifyOverdue).toBe(true)
    expect((await t.ok('stations.list', { rectifyOverdue: true })).rows.map((x) => x.id)).toEqual([s.id])
    expect((await t.ok('stations.workbench', {}, o.boss)).rectifyOverdue).toEqual([{ id: s.id, stationNo: s.stationNo, name: s.name, unit: s.unit, rectifyDue: '2026-10-25', daysOverdue: 3 }])
    r = await t.call('stations.status', { id: s.id, version: s.version, to: 'active', date: '2026-10-27', reason: '已整改' }, o.clerk)
    s = r.ok ? r.data : s
    expect(s).toMatchObject({ status: 'active', rectifyDue: null })
    expect((await t.ok('stations.workbench', {})).rectifyOverdue).toEqual([])
    r = await t.call('stations.status', { id: s.id, version: s.version, to: 'revoked', date: '2026-10-28', reason: '经营者停业' }, o.clerk)
    s = r.ok ? r.data : s
    expect(s).toMatchObject({ status: 'revoked', revokedOn: '2026-10-28', revokeReason: '经营者停业' })
    expect(s.history.map((h) => h.to)).toEqual(['preparing', 'active', 'rectifying', 'active', 'revoked'])
    const after = await t.call('stations.status', { id: s.id, version: s.version, to: 'active', date: '2026-10-28' }, o.clerk)
    expect(after.ok ? null : after.error.code).toBe('STATE')
    const future = await t.call('stations.status', { id: s.id, version: s.version, to: 'active', date: '2027-01-01' }, o.clerk)
    expect(future.ok).toBe(false)
  })

  it('records the yearly review: the rate derived, the counts checked, one per year, approvers only', async () => {
    const o = await stationOffice()
    t = o.t
    const s = await t.ok('stations.create', { facts: stationInput(), initialStatus: 'active' }, o.clerk)
    const review = { stationId: s.id, year: 2026, received: 40, handled: 38, mediated: 30, recoveredFen: 1_234_500, checkedOn: '2026-10-10', result: 'pass' as const, reviewer: '李局长' }
    const denied = await t.call('stations.review.save', review, o.clerk)
    expect(denied.ok ? null : denied.error.code).toBe('FORBIDDEN')
    for (const [over, field] of [[{ handled: 41 }, 'handled'], [{ mediated: 39 }, 'mediated'], [{ year: 2027 }, 'year']] as const) {
      const r = await t.call('stations.review.save', { ...review, ...over }, o.boss)
      expect(r.ok ? null : Object.keys(r.error.fields ?? {}), field).toEqual([field])
    }
    const saved = await t.ok('stations.review.save', review, o.boss)
    expect(saved.successRate).toBeCloseTo(30 / 38, 10)
    const twice = await t.call('stations.review.save', review, o.boss)
    expect(twice.ok ? null : twice.error.code).toBe('CONFLICT')
    const fixed = await t.ok('stations.review.save', { ...review, result: 'fail', reviewId: saved.id, reviewVersion: saved.version }, o.boss)
    expect(fixed).toMatchObject({ result: 'fail', version: 2 })
    const none = await t.ok('stations.review.save', { ...review, year: 2025, received: 0, handled: 0, mediated: 0, recoveredFen: 0 }, o.boss)
    expect(none.successRate).toBeNull()
    expect((await t.ok('stations.get', { id: s.id })).reviews.map((r) => r.year)).toEqual([2026, 2025])
    // The list by the year's result, and the stations without a review that year.
    const other = await t.ok('stations.create', { facts: stationInput({ name: '东湖市场服务站', hostCreditCode: '', unit: UNITS[2], format: 'market' }) }, o.clerk)
    expect((await t.ok('stations.list', { result: 'fail' })).rows.map((r) => r.id)).toEqual([s.id])
    expect((await t.ok('stations.list', { result: 'none' })).rows.map((r) => r.id)).toEqual([other.id])
    expect((await t.ok('stations.list', { result: 'none', year: 2025 })).rows.map((r) => r.id)).toEqual([other.id])
  })

  it('lists by filter and any substring, and exports the import’s columns', async () => {
    const o = await stationOffice()
    t = o.t
    const a = await t.ok('stations.create', { facts: stationInput({ odr: true, odrSince: '2024-03-01' }), initialStatus: 'active' }, o.clerk)
    const b = await t.ok('stations.create', { facts: stationInput({ name: '南山农贸市场服务站', hostName: '南山市场管理有限公司', hostCreditCode: '', format: 'market', unit: UNITS[1], address: '测试县南山镇集贸路1号', head: '钱站长', noReasonReturns: true }) }, o.clerk)
    const ids = async (f: object) => (await t.ok('stations.list', f)).rows.map((r) => r.id)
    expect(await ids({})).toEqual([b.id, a.id])
    expect(await ids({ unit: UNITS[1] })).toEqual([b.id])
    expect(await ids({ format: 'mall' })).toEqual([a.id])
    expect(await ids({ odr: true })).toEqual([a.id])
    expect(await ids({ noReasonReturns: true })).toEqual([b.id])
    expect(await ids({ statuses: ['preparing'] })).toEqual([b.id])
    for (const q of ['集贸路', '钱站', '南山市场管理', '2026-FW-0001', '百货']) expect(await ids({ query: q }), q).toEqual(q.includes('0001') || q === '百货' ? [a.id] : [b.id])
    expect(await ids({ query: '100%' })).toEqual([])
    const file = await t.ok('stations.export', {})
    expect(file.rows).toBe(2)
    const [sheet] = await readXlsxFile(Buffer.from(file.base64, 'base64'))
    expect(sheet!.data[0]!.slice(0, 7)).toEqual(['编号', '服务站名称', '依托经营者', '统一社会信用代码', '业态', '地址', '监管所'])
    expect(sheet!.data[1]!.slice(0, 5)).toEqual(['2026-FW-0001', '城关百货消费维权服务站', '测试县城关百货有限公司', '91350100M000100Y43', '商场'])
    // The exported sheet imports back as two existing stations and nothing new.
    const back = await t.ok('stations.import.check', { fileName: 'back.xlsx', base64: file.base64 }, o.clerk)
    expect(back.counts).toEqual({ new: 0, warning: 0, existing: 2, invalid: 0 })
  })
})

describe('服务站 on the 工作台', () => {
  it('lists the stations without this year’s review from the month set in 设置', async () => {
    const o = await stationOffice()
    t = o.t
    const a = await t.ok('stations.create', { facts: stationInput(), initialStatus: 'active' }, o.clerk)
    const b = await t.ok('stations.create', { facts: stationInput({ name: '南山超市服务站', hostCreditCode: '' }), initialStatus: 'active' }, o.clerk)
    await t.ok('stations.create', { facts: stationInput({ name: '筹建中服务站', hostCreditCode: '' }) }, o.clerk)
    // Today is 2026-10-20: before November (the default month) nothing is asked.
    expect((await t.ok('stations.workbench', {}, o.clerk)).unreviewed).toBeNull()
    const settings = await t.ok('stations.settings.get', {})
    expect(settings.reviewMonth).toBe(11)
    const bad = await t.call('stations.settings.update', { units: settings.units, reviewMonth: 13, version: settings.version })
    expect(bad.ok ? null : Object.keys(bad.error.fields ?? {})).toEqual(['reviewMonth'])
    const changed = await t.ok('stations.settings.update', { units: settings.units, reviewMonth: 10, version: settings.version })
    // A later change of the 所 list keeps the month.
    expect((await t.ok('stations.settings.update', { units: [...settings.units, '新所'], version: changed.version })).reviewMonth).toBe(10)
    const board = await t.ok('stations.workbench', {}, o.clerk)
    expect(board.unreviewed).toEqual({ year: 2026, total: 2, rows: [{ id: a.id, stationNo: a.stationNo, name: a.name, unit: a.unit }, { id: b.id, stationNo: b.stationNo, name: b.name, unit: b.unit }] })
    await t.ok('stations.review.save', { stationId: a.id, year: 2026, received: 1, handled: 1, mediated: 1, recoveredFen: 0, result: 'pass', reviewer: '李局长' }, o.boss)
    expect((await t.ok('stations.workbench', {}, o.clerk)).unreviewed?.rows.map((r) => r.id)).toEqual([b.id])
  })
})

describe('checkPhone', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['０５９１－８７６５４３２１', '0591-87654321'],
    ['(0591)87654321', '0591-87654321'],
    ['010 12345678', '010-12345678'],
    ['0591-87654321-802', '0591-87654321-802'],
  ])('%s → %s', (input, value) => expect(checkPhone(input)).toMatchObject({ ok: true, value }))
  it.each(['87654321', '1381234567', '23812345678', '0591-123', 'abc'])('%s is refused', (input) => expect(checkPhone(input).ok).toBe(false))
})
