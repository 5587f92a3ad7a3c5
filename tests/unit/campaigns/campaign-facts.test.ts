import { afterEach, describe, expect, it } from 'vitest'
import type { CoreHarness } from '../../support/temp-core'
import { createSeizure } from '../../support/seizures'
import { A, B, campaignFacts, campaignOffice, itemId, refusedUnchanged } from './office'

// A campaign's own facts through core: changed while units report (a unit that has reported stays), voided with
// a reason (and then closed to change), never voided once locked, and a voided campaign lets go of its records.

let t: CoreHarness
afterEach(() => t?.dispose())

const C = '城西市场监督管理所'

describe('a campaign’s facts', () => {
  it('change while units report; a unit that has reported stays, and the kind stays', async () => {
    const o = await campaignOffice()
    t = o.t
    const { lead, clerk } = o
    let c = await t.ok('campaigns.create', campaignFacts({ units: [A, B, C] }), lead)
    await t.ok('campaigns.report.save', { campaignId: c.id, unit: A, version: 0, figures: [{ itemId: itemId(c, '出动工作人员'), value: 30 }] }, clerk)

    // B has not reported and may go; A has, and may not.
    const dropA = await refusedUnchanged(t, c.id, 'campaigns.update', { id: c.id, version: c.version, facts: campaignFacts({ units: [B, C] }) }, lead)
    expect(dropA).toMatchObject({ code: 'VALIDATION', fields: { units: `${A}已填报，不能移出参与单位` } })
    const kind = await refusedUnchanged(t, c.id, 'campaigns.update', { id: c.id, version: c.version, facts: campaignFacts({ units: [A, B, C], kind: 'iron_fist' }) }, lead)
    expect(kind).toMatchObject({ code: 'VALIDATION', fields: { kind: '活动类型建立后不能修改' } })
    expect((await refusedUnchanged(t, c.id, 'campaigns.update', { id: c.id, version: c.version + 1, facts: campaignFacts({ units: [A, B, C] }) }, lead)).code).toBe('CONFLICT')
    const backwards = await refusedUnchanged(t, c.id, 'campaigns.update', { id: c.id, version: c.version, facts: campaignFacts({ units: [A, B, C], endDate: '2026-10-31' }) }, lead)
    expect(backwards.fields).toEqual({ 'facts.endDate': '结束日期不能早于开始日期' })

    // Only the notes changed, the units as they were.
    const noted = await t.call('campaigns.update', { id: c.id, version: c.version, facts: campaignFacts({ units: [A, B, C], notes: '请按时报送' }) }, lead)
    expect(noted.ok ? noted.data.notes : noted.error).toBe('请按时报送')
    c = await t.ok('campaigns.get', { id: c.id }, lead)
    // The units reordered, one dropped and A's report kept, the notes changed.
    c = await t.ok('campaigns.update', { id: c.id, version: c.version, facts: campaignFacts({ units: [C, A], notes: '各单位于12月25日前报送' }) }, lead)
    expect([c.units, c.notes]).toEqual([[C, A], '各单位于12月25日前报送'])
    expect(c.reports.map((r) => [r.unit, r.status])).toEqual([[C, 'none'], [A, 'draft']])
    const a = await t.ok('campaigns.report.get', { campaignId: c.id, unit: A }, clerk)
    expect(a.figures.find((f) => f.itemId === itemId(c, '出动工作人员'))!.value).toBe(30)
    const history = await t.ok('audit.history', { recordType: 'campaign', recordId: c.id }, lead)
    expect(history.find((h) => h.operation === 'campaigns.update')!.changes).toContainEqual(expect.objectContaining({ field: 'units', to: `${C}、${A}` }))
  })

  it('are voided with a reason, closing the campaign; a locked one is not voided', async () => {
    const o = await campaignOffice()
    t = o.t
    const { lead, clerk } = o
    const c = await t.ok('campaigns.create', campaignFacts(), lead)
    const voided = await t.ok('campaigns.void', { id: c.id, version: c.version, reason: '重复建立' }, lead)
    expect(voided.voided).toMatchObject({ reason: '重复建立', byName: '钱法制' })
    expect((await t.ok('campaigns.list', {}, lead)).map((r) => r.id)).not.toContain(c.id)
    expect((await t.ok('campaigns.list', { includeVoided: true }, lead)).find((r) => r.id === c.id)?.voided).toBe(true)
    const save = await refusedUnchanged(t, c.id, 'campaigns.report.save', { campaignId: c.id, unit: A, version: 0, figures: [] }, clerk)
    expect([save.code, save.message]).toEqual(['STATE', expect.stringContaining('已作废')])

    const d = await t.ok('campaigns.create', campaignFacts({ name: '2026年铁拳行动', kind: 'iron_fist', units: [A] }), lead)
    const r = await t.ok('campaigns.report.save', { campaignId: d.id, unit: A, version: 0, figures: [] }, clerk)
    await t.ok('campaigns.report.submit', { campaignId: d.id, unit: A, version: r.version }, clerk)
    const locked = await t.ok('campaigns.lock', { id: d.id, version: (await t.ok('campaigns.get', { id: d.id }, lead)).version }, lead)
    expect((await refusedUnchanged(t, d.id, 'campaigns.void', { id: d.id, version: locked.version, reason: '误建' }, lead)).code).toBe('STATE')
  })

  it('voided, let go of the seizures linked to them, so another campaign may take them', async () => {
    const o = await campaignOffice()
    t = o.t
    const { lead, clerk } = o
    const wrong = await t.ok('campaigns.create', campaignFacts({ name: '建错的活动' }), lead)
    const right = await t.ok('campaigns.create', campaignFacts({ name: '2026年3·15活动' }), lead)
    const s = await createSeizure(t, clerk, { decisionNo: '测市监强制〔2026〕51号', source: 'campaign', unit: A })
    const linked = await t.ok('campaigns.links.add', { campaignId: wrong.id, recordType: 'seizure', number: s.registerNo }, clerk)
    await t.ok('campaigns.void', { id: wrong.id, version: linked.version, reason: '活动建错，重新建立' }, lead)

    // The voided campaign can no longer change (its link cannot be removed there), so it must not hold the record.
    const stuck = await t.call('campaigns.links.remove', { campaignId: wrong.id, linkId: linked.links[0]!.id, reason: '改关联' }, clerk)
    expect(stuck.ok ? null : stuck.error.code).toBe('STATE')
    const moved = await t.call('campaigns.links.add', { campaignId: right.id, recordType: 'seizure', number: s.registerNo }, clerk)
    expect(moved.ok ? moved.data.links.map((l) => l.number) : moved.error.message).toEqual([s.registerNo])
    expect(await t.ok('campaigns.forRecord', { recordType: 'seizure', recordId: s.id }, clerk)).toMatchObject({ campaignId: right.id })
  })
})
