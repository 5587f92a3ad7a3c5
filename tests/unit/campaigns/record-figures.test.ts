import { afterEach, describe, expect, it } from 'vitest'
import type { CoreHarness } from '../../support/temp-core'
import type { ClientContext } from '../../../electron/core'
import { createSeizure } from '../../support/seizures'
import { approvedBatch, confiscatedSeizure } from '../../support/destruction'
import { typicalOffice } from '../../support/typical-cases'
import type { TypicalEntry } from '../../../shared/api/typical-types'
import type { Campaign } from '../../../shared/api/campaign-types'
import { A, B, campaignFacts, campaignOffice, figure, refusedUnchanged } from './office'

// The items Taizhang fills from its own records, through core, checked against those records: the seizures
// linked to the campaign (source 专项行动) per 承办单位, what executed linked batches destroyed (as the batch
// itself totals it), and the typical cases of collections published within the period. A submitted report keeps
// the figures it was sent with; returned, it follows the records again.

let t: CoreHarness
afterEach(() => t?.dispose())

const line = (name: string, unit: string, qtyMilli: number, weightG: number, valueFen: number) => ({ name, brand: '', spec: '', category: 'electronics' as const, qtyMilli, unit, weightG, valueFen })

const link = (c: Campaign, by: ClientContext, recordType: 'seizure' | 'destruction_batch', number: string) => t.ok('campaigns.links.add', { campaignId: c.id, recordType, number }, by)
const fromRecords = async (c: Campaign, unit: string, by: ClientContext) => {
  const r = await t.ok('campaigns.report.get', { campaignId: c.id, unit }, by)
  return Object.fromEntries(['查扣件数', '查扣货值', '销毁重量', '销毁货值', '发布典型案例'].map((k) => [k, figure(r, c, k).value]))
}

describe('figures from the records', () => {
  it('count the linked seizures and the goods executed linked batches destroyed, per unit', async () => {
    const o = await campaignOffice()
    t = o.t
    const { lead, boss, clerk } = o
    const c = await t.ok('campaigns.create', campaignFacts(), lead)
    const other = await t.ok('campaigns.create', campaignFacts({ name: '2026年铁拳行动', kind: 'iron_fist' }), lead)

    // A: two seizures of the campaign (and one voided after linking); B: one.
    const a1 = await confiscatedSeizure(t, clerk, { decisionNo: '测市监强制〔2026〕21号', source: 'campaign', unit: A }, '测市监罚〔2026〕21号')
    const a2 = await confiscatedSeizure(t, clerk, { decisionNo: '测市监强制〔2026〕22号', source: 'campaign', unit: A, items: [line('电动车充电器', '个', 10_000, 5_000, 500_000)] }, '测市监罚〔2026〕22号')
    const b1 = await confiscatedSeizure(t, clerk, { decisionNo: '测市监强制〔2026〕23号', source: 'campaign', unit: B, items: [line('蓝牙耳机', '副', 50_000, 10_000, 1_000_000)] }, '测市监罚〔2026〕23号')
    const voided = await createSeizure(t, clerk, { decisionNo: '测市监强制〔2026〕24号', source: 'campaign', unit: A })
    const inspection = await createSeizure(t, clerk, { decisionNo: '测市监强制〔2026〕25号', source: 'inspection', unit: B })
    const elsewhere = await createSeizure(t, clerk, { decisionNo: '测市监强制〔2026〕26号', source: 'campaign', unit: B })

    for (const s of [a1, a2, b1, voided]) await link(c, clerk, 'seizure', s.registerNo)
    await t.ok('seizures.void', { id: voided.id, version: (await t.ok('seizures.get', { id: voided.id }, clerk)).version, reason: '重复登记' }, clerk)
    let cur = await t.ok('campaigns.get', { id: c.id }, lead)
    expect(cur.links.find((l) => l.recordId === voided.id)).toMatchObject({ recordVoided: true, state: '已作废', unit: A })

    const value = (...ss: { totals: { valueFen: number } }[]) => ss.reduce((n, s) => n + s.totals.valueFen, 0)
    expect(await fromRecords(c, A, clerk)).toMatchObject({ 查扣件数: 2, 查扣货值: value(a1, a2) })
    expect(await fromRecords(c, B, clerk)).toMatchObject({ 查扣件数: 1, 查扣货值: value(b1) })
    expect(value(a1, a2)).toBe(6_500_000)

    // Only a seizure of source 专项行动 is linked, and only to one campaign at a time.
    const wrong = await refusedUnchanged(t, c.id, 'campaigns.links.add', { campaignId: c.id, recordType: 'seizure', number: inspection.registerNo }, clerk)
    expect(wrong).toMatchObject({ code: 'VALIDATION', fields: { number: expect.stringContaining('只有来源为“专项行动”的查扣记录可以关联') } })
    await link(other, clerk, 'seizure', elsewhere.registerNo)
    const taken = await refusedUnchanged(t, c.id, 'campaigns.links.add', { campaignId: c.id, recordType: 'seizure', number: elsewhere.registerNo }, clerk)
    expect(taken).toMatchObject({ code: 'STATE', message: expect.stringContaining(`已关联专项行动“${other.name}”`) })
    expect((await refusedUnchanged(t, c.id, 'campaigns.links.add', { campaignId: c.id, recordType: 'seizure', number: a1.registerNo }, clerk)).message).toContain('已关联本活动')
    expect(await t.ok('campaigns.forRecord', { recordType: 'seizure', recordId: elsewhere.id }, clerk)).toMatchObject({ campaignId: other.id, name: other.name })
    expect(await fromRecords(other, B, clerk)).toMatchObject({ 查扣件数: 1 })
    expect(await fromRecords(c, B, clerk)).toMatchObject({ 查扣件数: 1 })

    // Destruction: A's first seizure (the bottles 4 short), B's seizure whole, and A's second only approved.
    let ofA = await approvedBatch(t, clerk, boss, a1.items.map((i) => ({ itemId: i.id, qtyMilli: null })), '2026-12-20')
    let ofB = await approvedBatch(t, clerk, boss, [{ itemId: b1.items[0]!.id, qtyMilli: null }], '2026-12-20')
    const pending = await approvedBatch(t, clerk, boss, [{ itemId: a2.items[0]!.id, qtyMilli: 6_000 }], '2026-12-20')
    for (const b of [ofA, ofB, pending]) await link(c, clerk, 'destruction_batch', b.batchNo)
    expect(await fromRecords(c, A, clerk)).toMatchObject({ 销毁重量: 0, 销毁货值: 0 })

    const bottles = ofA.lines.find((l) => l.name === '白酒')!
    ofA = await t.ok('destruction.batch.execute', { id: ofA.id, version: ofA.version, actualDate: '2026-12-20', lines: [{ lineId: bottles.id, destroyedMilli: 20_000, reason: '4瓶破损已另行处理' }] }, clerk)
    ofB = await t.ok('destruction.batch.execute', { id: ofB.id, version: ofB.version, actualDate: '2026-12-20', lines: [] }, clerk)
    const [gotA, gotB, gotPending] = await Promise.all([ofA, ofB, pending].map((b) => t.ok('destruction.batch.get', { id: b.id }, clerk)))
    expect(gotPending!.destroyed).toBeNull()
    cur = await t.ok('campaigns.get', { id: c.id }, lead)
    expect(cur.links.filter((l) => l.recordType === 'destruction_batch').map((l) => l.state)).toEqual(['已销毁', '已销毁', '已批准'])

    expect(await fromRecords(c, A, clerk)).toMatchObject({ 销毁重量: gotA!.destroyed!.weightG, 销毁货值: gotA!.destroyed!.valueFen })
    expect(await fromRecords(c, B, clerk)).toMatchObject({ 销毁重量: gotB!.destroyed!.weightG, 销毁货值: gotB!.destroyed!.valueFen })
    // Shoes 96 kg and tea 12.5 kg; 36,000 元 of shoes and 20 of the 24 bottles of 24,000 元.
    expect([gotA!.destroyed!.weightG, gotA!.destroyed!.valueFen]).toEqual([108_500, 5_600_000])
    expect(await fromRecords(c, B, clerk)).toMatchObject({ 销毁重量: 10_000, 销毁货值: 1_000_000 })
    // The other campaign is not given another's batches.
    expect(await fromRecords(other, A, clerk)).toMatchObject({ 查扣件数: 0, 销毁重量: 0 })
  })

  it('are frozen when a report is submitted, and follow the records again once it is returned', async () => {
    const o = await campaignOffice()
    t = o.t
    const { lead, clerk } = o
    const c = await t.ok('campaigns.create', campaignFacts(), lead)
    const s1 = await createSeizure(t, clerk, { decisionNo: '测市监强制〔2026〕31号', source: 'campaign', unit: A })
    const s2 = await createSeizure(t, clerk, { decisionNo: '测市监强制〔2026〕32号', source: 'campaign', unit: A })
    const s3 = await createSeizure(t, clerk, { decisionNo: '测市监强制〔2026〕33号', source: 'campaign', unit: A })
    await link(c, clerk, 'seizure', s1.registerNo)
    // A link removed (with its reason) counts no more.
    const linked = await link(c, clerk, 'seizure', s3.registerNo)
    expect(await fromRecords(c, A, clerk)).toMatchObject({ 查扣件数: 2 })
    await t.ok('campaigns.links.remove', { campaignId: c.id, linkId: linked.links.find((l) => l.recordId === s3.id)!.id, reason: '误关联' }, clerk)
    expect(await fromRecords(c, A, clerk)).toMatchObject({ 查扣件数: 1, 查扣货值: s1.totals.valueFen })

    let a = await t.ok('campaigns.report.save', { campaignId: c.id, unit: A, version: 0, figures: [] }, clerk)
    a = await t.ok('campaigns.report.submit', { campaignId: c.id, unit: A, version: a.version }, clerk)
    expect(figure(a, c, '查扣件数')).toMatchObject({ value: 1, recordValue: 1, fromRecords: true })

    // A later link changes what the records give, not what was sent.
    await link(c, clerk, 'seizure', s2.registerNo)
    a = await t.ok('campaigns.report.get', { campaignId: c.id, unit: A }, clerk)
    expect(figure(a, c, '查扣件数')).toMatchObject({ value: 1, recordValue: 2 })
    expect(figure(a, c, '查扣货值')).toMatchObject({ value: s1.totals.valueFen, recordValue: s1.totals.valueFen + s2.totals.valueFen })
    let all = await t.ok('campaigns.get', { id: c.id }, lead)
    expect(figure(all, c, '查扣件数').value).toBe(1)

    a = await t.ok('campaigns.report.return', { campaignId: c.id, unit: A, version: a.version, comment: '请补充新关联的查扣' }, lead)
    expect(figure(a, c, '查扣件数')).toMatchObject({ value: 2, recordValue: 2 })
    a = await t.ok('campaigns.report.submit', { campaignId: c.id, unit: A, version: a.version }, clerk)
    expect(figure(a, c, '查扣件数')).toMatchObject({ value: 2, recordValue: 2 })
    all = await t.ok('campaigns.get', { id: c.id }, lead)
    expect([figure(all, c, '查扣件数').value, figure(all, c, '查扣货值').value]).toEqual([2, s1.totals.valueFen + s2.totals.valueFen])
  })

  it('count the typical cases of collections published within the period, by the case’s unit', async () => {
    const o = await typicalOffice()
    t = o.t
    const { legal, boss, firm, person } = o
    // Today is 2026-10-20: one campaign through October, one in November.
    const october = await t.ok('campaigns.create', campaignFacts({ name: '十月专项行动', kind: 'inspection', startDate: '2026-10-01', endDate: '2026-10-31', reportDeadline: null }), legal)
    const november = await t.ok('campaigns.create', campaignFacts({ name: '十一月专项行动', kind: 'inspection', startDate: '2026-11-01', endDate: '2026-11-30', reportDeadline: null }), legal)
    const k = await t.ok('typical.collections.create', { year: 2026, name: '2026年消费维权典型案例', intro: '' }, legal)
    const entries = await t.ok('typical.nominate', { collectionId: k.id, caseIds: [firm.id, person.id] }, legal)
    for (const entry of entries) {
      const e: TypicalEntry = await t.ok('typical.get', { id: entry.id }, legal)
      let x = await t.ok('typical.save', { id: e.id, version: e.version, text: { ...e.text, significance: '警示经营者依法经营。' }, confirmed: [] }, legal)
      x = await t.ok('typical.submit', { id: x.id, version: x.version }, legal)
      await t.ok('typical.finalise', { id: x.id, version: x.version }, boss)
    }
    expect(await fromRecords(october, A, legal)).toMatchObject({ 发布典型案例: 0 })
    const col = await t.ok('typical.collections.get', { id: k.id }, legal)
    const published = await t.ok('typical.collections.publish', { id: k.id, version: col.version, publishedOn: '2026-10-20', channel: 'website', order: entries.map((e) => e.id) }, legal)

    // Both cases are 城关所's (caseInput's unit).
    expect([firm.unit, person.unit]).toEqual([A, A])
    expect(await fromRecords(october, A, legal)).toMatchObject({ 发布典型案例: 2 })
    expect(await fromRecords(october, B, legal)).toMatchObject({ 发布典型案例: 0 })
    expect(await fromRecords(november, A, legal)).toMatchObject({ 发布典型案例: 0 })

    // A withdrawn collection counts no more.
    await t.ok('typical.collections.withdraw', { id: k.id, version: published.version, date: '2026-10-20', reason: '案件处罚决定被撤销' }, legal)
    expect(await fromRecords(october, A, legal)).toMatchObject({ 发布典型案例: 0 })
  })
})
