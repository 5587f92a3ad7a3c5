import { afterEach, describe, expect, it } from 'vitest'
import type { CoreHarness } from '../../support/temp-core'
import { createSeizure } from '../../support/seizures'
import { A, B, campaignFacts, campaignOffice, itemId } from './office'

// A campaign's history through core: its creation, each unit's saves, submissions and returns (told apart by
// the unit the note begins with), the link of a seizure (on both records), and the lock, with who did each.

let t: CoreHarness
afterEach(() => t?.dispose())

describe('a campaign’s history', () => {
  it('records create, report save / submit / return, link and lock, and the report shows its steps', async () => {
    const o = await campaignOffice()
    t = o.t
    const { lead, clerk } = o
    const c = await t.ok('campaigns.create', campaignFacts(), lead)
    const staff = itemId(c, '出动工作人员')
    const s = await createSeizure(t, clerk, { decisionNo: '测市监强制〔2026〕41号', source: 'campaign', unit: A })
    await t.ok('campaigns.links.add', { campaignId: c.id, recordType: 'seizure', number: s.registerNo }, clerk)

    let a = await t.ok('campaigns.report.save', { campaignId: c.id, unit: A, version: 0, figures: [{ itemId: staff, value: 30 }] }, clerk)
    a = await t.ok('campaigns.report.submit', { campaignId: c.id, unit: A, version: a.version }, clerk)
    a = await t.ok('campaigns.report.return', { campaignId: c.id, unit: A, version: a.version, comment: '出动人次有误' }, lead)
    a = await t.ok('campaigns.report.save', { campaignId: c.id, unit: A, version: a.version, figures: [{ itemId: staff, value: 32 }] }, clerk)
    await t.ok('campaigns.report.submit', { campaignId: c.id, unit: A, version: a.version }, clerk)
    const b = await t.ok('campaigns.report.save', { campaignId: c.id, unit: B, version: 0, figures: [] }, clerk)
    await t.ok('campaigns.report.submit', { campaignId: c.id, unit: B, version: b.version }, lead)
    await t.ok('campaigns.lock', { id: c.id, version: (await t.ok('campaigns.get', { id: c.id }, lead)).version }, lead)

    // Newest first as read; here oldest first.
    const history = (await t.ok('audit.history', { recordType: 'campaign', recordId: c.id }, clerk)).sort((x, y) => x.seq - y.seq)
    expect(history.map((h) => [h.operation, h.action, h.user?.name])).toEqual([
      ['campaigns.create', 'create', '钱法制'],
      ['campaigns.links.add', 'link', '赵录入'],
      ['campaigns.report.save', 'create', '赵录入'],
      ['campaigns.report.submit', 'report', '赵录入'],
      ['campaigns.report.return', 'send_back', '钱法制'],
      ['campaigns.report.save', 'update', '赵录入'],
      ['campaigns.report.submit', 'report', '赵录入'],
      ['campaigns.report.save', 'create', '赵录入'],
      ['campaigns.report.submit', 'report', '钱法制'],
      ['campaigns.lock', 'lock_figures', '钱法制'],
    ])
    const of = (op: string) => history.filter((h) => h.operation === op)
    expect(of('campaigns.create')[0]!.changes.map((x) => x.to)).toEqual(expect.arrayContaining([c.campaignNo, c.name, `${A}、${B}`]))
    expect(of('campaigns.links.add')[0]!.changes[0]!.to).toContain(`查扣记录 ${s.registerNo}`)
    // Each report step names its unit; the figures changed are in the entry.
    expect(of('campaigns.report.save').map((h) => h.note)).toEqual([`【${A}】保存草稿`, `【${A}】保存草稿`, `【${B}】保存草稿`])
    expect(of('campaigns.report.save')[1]!.changes).toContainEqual(expect.objectContaining({ from: '30', to: '32' }))
    expect(of('campaigns.report.return')[0]!.note).toBe(`【${A}】出动人次有误`)
    expect(of('campaigns.lock')[0]!.note).toContain('锁定')

    // The seizure's own history names the campaign it was linked to.
    const seizureHistory = await t.ok('audit.history', { recordType: 'seizure', recordId: s.id }, clerk)
    expect(seizureHistory.find((h) => h.action === 'link')?.changes[0]?.to).toBe(`${c.name}（${c.campaignNo}）`)

    // The admin's audit log, filtered to campaigns, has the same entries.
    const page = await t.ok('audit.list', { filter: { recordType: 'campaign' }, pageSize: 200 })
    expect(page.entries.map((e) => e.seq).sort((x, y) => x - y)).toEqual(history.map((h) => h.seq))

    // A unit's report lists its own steps and the lock, not the other unit's.
    const steps = (await t.ok('campaigns.report.get', { campaignId: c.id, unit: A }, clerk)).steps
    expect(steps.map((x) => [x.action, x.byName, x.text])).toEqual([
      ['save', '赵录入', '保存草稿'],
      ['submit', '赵录入', '报送'],
      ['return', '钱法制', '出动人次有误'],
      ['save', '赵录入', '保存草稿'],
      ['submit', '赵录入', '报送'],
      ['lock', '钱法制', expect.stringContaining('锁定')],
    ])
    expect((await t.ok('audit.verify', {})).ok).toBe(true)
  })
})
