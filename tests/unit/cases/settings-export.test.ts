import { afterEach, describe, expect, it } from 'vitest'
import readXlsxFile from 'read-excel-file/node'
import { FakeClock, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addAccount } from '../../support/users'
import { addClerk } from '../../support/seizures'
import { caseInput } from '../../support/cases'
import { dbContent } from '../../support/db-snapshot'
import type { CaseRecord } from '../../../shared/api/case-types'
import type { ClientContext } from '../../../electron/core'

// 设置 → 处罚案件: the 较低数额罚款 thresholds decide 3 months' or 3 years' publicity (Order 45 Art. 13); changing
// them recomputes the cases they move, and nothing else. And the register's .xlsx export, read back.

let t: CoreHarness
afterEach(() => t?.dispose())

const publicityEnd = (c: CaseRecord) => c.deadlines.find((d) => d.kind === 'publicity_end')?.date

/** Filed 09-01, decided 09-25, published 10-10 (today 2026-10-20). */
async function publishedCase(legal: ClientContext, over: Parameters<typeof caseInput>[0], decisionNo: string) {
  let c = await t.ok('cases.create', caseInput(over), legal)
  c = await t.ok('cases.decide', { id: c.id, version: c.version, decisionNo, decisionDate: '2026-09-25' }, legal)
  return t.ok('cases.publication.record', { id: c.id, version: c.version, publishedOn: '2026-10-10', channel: 'gsxt', publishedBy: '孙法制' }, legal)
}

describe('case settings', () => {
  it('moves a published fine between 3 months and 3 years when the threshold passes it, audited', async () => {
    t = await setUpCore(undefined, new FakeClock(Date.parse('2026-10-20T02:00:00Z')))
    const legal = (await addAccount(t, 'fazhi', '孙法制', ['legal'])).client
    const fineOnly = { penaltyKinds: ['fine' as const], propertyDescription: '', propertyValueFen: 0 }
    // 30,000 元 on an entity: below the Hubei default of 100,000 — 3 months.
    const low = await publishedCase(legal, { ...fineOnly, fineFen: 3_000_000 }, '测市监处罚〔2026〕1号')
    // 200,000 元: above any bound tried here — 3 years before and after.
    const high = await publishedCase(legal, { ...fineOnly, fineFen: 20_000_000 }, '测市监处罚〔2026〕2号')
    expect(publicityEnd(low)).toBe('2027-01-10')
    expect(publicityEnd(high)).toBe('2029-10-10')

    const s = await t.ok('cases.settings.get', {}, legal)
    expect(s).toMatchObject({ lowerFinePersonFen: 1_000_000, lowerFineEntityFen: 10_000_000, isDefault: true, version: 1 })
    const saved = await t.ok('cases.settings.update', { lowerFinePersonFen: 500_000, lowerFineEntityFen: 2_000_000, version: s.version }, legal)
    expect(saved).toMatchObject({ lowerFineEntityFen: 2_000_000, isDefault: false, version: 2, updatedBy: '孙法制', recomputed: 1 })
    expect(publicityEnd(await t.ok('cases.get', { id: low.id }, legal))).toBe('2029-10-10')
    expect(publicityEnd(await t.ok('cases.get', { id: high.id }, legal))).toBe('2029-10-10')
    // The list's cached column says the same as the record.
    const rows = (await t.ok('cases.list', {}, legal)).rows
    expect(rows.map((r) => r.publicationState)).toEqual(['published', 'published'])
    const history = await t.ok('audit.history', { recordType: 'case_settings', recordId: null }, legal)
    expect(history[0]).toMatchObject({ action: 'update' })
    expect(JSON.stringify(history[0])).toContain('20,000.00')

    // Back up past the fine: 3 months again.
    const again = await t.ok('cases.settings.update', { lowerFinePersonFen: 500_000, lowerFineEntityFen: 5_000_000, version: saved.version }, legal)
    expect(again.recomputed).toBe(1)
    expect(publicityEnd(await t.ok('cases.get', { id: low.id }, legal))).toBe('2027-01-10')
  })

  it('refuses a clerk, a zero or absurd bound and a stale version, writing nothing', async () => {
    t = await setUpCore(undefined, new FakeClock(Date.parse('2026-10-20T02:00:00Z')))
    const legal = (await addAccount(t, 'fazhi', '孙法制', ['legal'])).client
    const clerk = (await addClerk(t)).client
    const before = dbContent(t.core.dbFile)
    const ok = { lowerFinePersonFen: 500_000, lowerFineEntityFen: 2_000_000, version: 1 }
    expect(await t.call('cases.settings.update', ok, clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await t.call('cases.settings.update', { ...ok, lowerFinePersonFen: 0 }, legal)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { lowerFinePersonFen: '自然人较低数额罚款标准应大于0' } },
    })
    expect(await t.call('cases.settings.update', { ...ok, lowerFineEntityFen: 12.5 }, legal)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { lowerFineEntityFen: expect.stringContaining('最多2位小数') } } })
    expect(await t.call('cases.settings.update', { ...ok, lowerFineEntityFen: 1e15 }, legal)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { lowerFineEntityFen: expect.stringContaining('过大') } } })
    expect(await t.call('cases.settings.update', { ...ok, version: 7 }, legal)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(dbContent(t.core.dbFile)).toBe(before)
    // Everyone signed in reads them (the publicity end depends on them).
    expect((await t.call('cases.settings.get', {}, clerk)).ok).toBe(true)
  })
})

describe('case export', () => {
  it('writes the filtered register in the list order, with dates and money Excel can use', async () => {
    t = await setUpCore(undefined, new FakeClock(Date.parse('2026-10-20T02:00:00Z')))
    const legal = (await addAccount(t, 'fazhi', '孙法制', ['legal'])).client
    await publishedCase(legal, {}, '测市监处罚〔2026〕1号')
    await t.ok('cases.create', caseInput({ filingDate: '2026-10-12', field: 'food_safety', party: { type: 'natural_person', name: '王某某', idNo: '', legalRep: '', address: '', phone: '' }, fineFen: 0, penaltyKinds: ['warning'], propertyDescription: '', propertyValueFen: 0 }), legal)

    const file = await t.ok('cases.export', {}, legal)
    expect(file).toMatchObject({ fileName: '处罚案件_2026-10-20.xlsx', rows: 2 })
    const [sheet] = await readXlsxFile(Buffer.from(file.base64, 'base64'))
    expect(sheet!.sheet).toBe('处罚案件')
    const [header, ...rows] = sheet!.data
    const col = (name: string) => header!.indexOf(name)
    expect(header!.slice(0, 6)).toEqual(['案件编号', '决定书文号', '立案日期', '决定日期', '程序', '当事人'])
    // Newest first, as the list.
    expect(rows.map((r) => r[0])).toEqual(['2026-AJ-0002', '2026-AJ-0001'])
    const [filed, published] = rows as unknown[][]
    expect(published![col('决定书文号')]).toBe('测市监处罚〔2026〕1号')
    expect(published![col('决定日期')]).toEqual(new Date('2026-09-25T00:00:00.000Z'))
    expect(published![col('罚款（元）')]).toBe(30000)
    expect(published![col('没收非法财物价值（元）')]).toBe(36000)
    expect(published![col('处罚种类')]).toBe('罚款、没收非法财物')
    expect(published![col('执法人员')]).toBe('张执法、李执法')
    expect(published![col('公示')]).toBe('已公示')
    expect(published![col('公示渠道')]).toBe('国家企业信用信息公示系统')
    expect(filed![col('当事人类型')]).toBe('自然人')
    expect(filed![col('状态')]).toBe('已立案')
    expect(filed![col('下一期限')]).toBe('作出处罚决定')
    expect(filed![col('期限日期')]).toEqual(new Date('2027-01-10T00:00:00.000Z'))
    expect(filed![col('罚款（元）')]).toBeNull()

    // A filter narrows the export as it narrows the list.
    const food = await t.ok('cases.export', { field: 'food_safety' }, legal)
    expect(food.rows).toBe(1)
    const clerk = (await addClerk(t)).client
    expect((await t.ok('cases.export', { query: '东方' }, clerk)).rows).toBe(1)
  })
})
