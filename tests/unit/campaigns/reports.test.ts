import { afterEach, describe, expect, it } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import type { CoreHarness } from '../../support/temp-core'
import type { Campaign } from '../../../shared/api/campaign-types'
import { A, B, campaignFacts, campaignOffice, figure, itemId, refusedUnchanged } from './office'

// Two units' reports of a 3·15 campaign through core: drafts, submission (blank counts sent as 0), the bureau's
// sums over what was sent, a return with the lead office's comment, locking; every refusal names its field or
// state and writes nothing; and beneath core the triggers and CHECKs of migration 016 keep the figures.

let t: CoreHarness
afterEach(() => t?.dispose())

const hasChinese = /[\u4e00-\u9fff]/

async function started() {
  const o = await campaignOffice()
  t = o.t
  const c = await t.ok('campaigns.create', campaignFacts(), o.lead)
  const save = (unit: string, version: number, figures: { itemId: string; value?: number | null; text?: string }[], by = o.clerk) =>
    t.ok('campaigns.report.save', { campaignId: c.id, unit, version, figures }, by)
  return { ...o, c, save, staff: itemId(c, '出动工作人员'), highlight: itemId(c, '亮点活动') }
}

const reload = (c: Campaign) => t.ok('campaigns.get', { id: c.id })

describe('unit reports', () => {
  it('count in the bureau’s totals only once submitted; blanks go as 0, texts are joined by unit', async () => {
    const { c, clerk, lead, save, staff, highlight } = await started()
    expect((await t.ok('campaigns.report.get', { campaignId: c.id, unit: A }, clerk)).status).toBe('none')

    let a = await save(A, 0, [{ itemId: staff, value: 30 }, { itemId: highlight, text: '集中咨询' }])
    expect([a.status, a.version, figure(a, c, '出动工作人员').value, figure(a, c, '进企业').value, figure(a, c, '亮点活动').text]).toEqual(['draft', 1, 30, null, '集中咨询'])
    a = await save(A, 1, [{ itemId: staff, value: 31 }, { itemId: highlight, text: '集中咨询' }])
    expect([a.version, figure(a, c, '出动工作人员').value]).toEqual([2, 31])
    let b = await save(B, 0, [{ itemId: staff, value: 12 }, { itemId: highlight, text: '进社区宣传' }])

    // Drafts are not the bureau's figures.
    let all = await reload(c)
    expect(all.reports.map((r) => [r.unit, r.status])).toEqual([[A, 'draft'], [B, 'draft']])
    expect([figure(all, c, '出动工作人员').value, figure(all, c, '亮点活动').text]).toEqual([0, ''])

    a = await t.ok('campaigns.report.submit', { campaignId: c.id, unit: A, version: a.version }, clerk)
    expect([a.status, a.submittedByName, a.late]).toEqual(['submitted', '赵录入', false])
    // Every count left blank is sent as 0 (the typed ones, not the texts).
    for (const f of a.figures.filter((x) => !x.fromRecords)) {
      const item = c.items.find((i) => i.id === f.itemId)!
      expect(f.value, item.name).toBe(item.kind === 'count' ? (item.id === staff ? 31 : 0) : null)
    }
    all = await reload(c)
    expect([figure(all, c, '出动工作人员').value, figure(all, c, '进企业').value, figure(all, c, '亮点活动').text]).toEqual([31, 0, `${A}：集中咨询`])

    // B's second draft is still not counted; sent (here by the lead office for it), it is.
    b = await save(B, b.version, [{ itemId: staff, value: 12 }, { itemId: highlight, text: '进社区宣传' }, { itemId: itemId(c, '进企业'), value: 4 }])
    expect(b.status).toBe('draft')
    all = await reload(c)
    expect(figure(all, c, '出动工作人员').value).toBe(31)
    expect((await t.ok('campaigns.report.submit', { campaignId: c.id, unit: B, version: b.version }, lead)).status).toBe('submitted')
    all = await reload(c)
    expect([figure(all, c, '出动工作人员').value, figure(all, c, '进企业').value]).toEqual([43, 4])
    expect(figure(all, c, '亮点活动').text).toBe(`${A}：集中咨询\n${B}：进社区宣传`)
    expect(figure(all, c, '其他')).toMatchObject({ value: null, text: '' })
  })

  it('marks a report sent after the deadline as late', async () => {
    const { c: open, clerk, lead, save, staff } = await started()
    // Today is 2026-12-20; the deadline was the 19th.
    const c = await t.ok('campaigns.update', { id: open.id, version: open.version, facts: campaignFacts({ reportDeadline: '2026-12-19' }) }, lead)
    const a = await save(A, 0, [{ itemId: staff, value: 1 }])
    const sent = await t.ok('campaigns.report.submit', { campaignId: c.id, unit: A, version: a.version }, clerk)
    expect(sent.late).toBe(true)
    expect((await reload(c)).reports[0]).toMatchObject({ unit: A, status: 'submitted', late: true })
  })

  it('refuses bad figures, strangers, typed record figures and stale versions, writing nothing', async () => {
    const { c, clerk, save, staff } = await started()
    const report = (figures: { itemId: string; value?: number | null; text?: string }[], unit = A, version = 0) => ({ campaignId: c.id, unit, version, figures })

    const negative = await refusedUnchanged(t, c.id, 'campaigns.report.save', report([{ itemId: staff, value: -1 }]), clerk)
    expect(negative).toMatchObject({ code: 'VALIDATION', fields: { 'figures.0.value': '不能为负数' } })
    expect(negative.message).toMatch(hasChinese)
    const fraction = await refusedUnchanged(t, c.id, 'campaigns.report.save', report([{ itemId: staff, value: 1.5 }]), clerk)
    expect(fraction).toMatchObject({ code: 'VALIDATION', fields: { 'figures.0.value': '只能填写整数' } })
    expect(fraction.message).toMatch(hasChinese)

    const stranger = await refusedUnchanged(t, c.id, 'campaigns.report.save', report([{ itemId: staff, value: 1 }], '城西市场监督管理所'), clerk)
    expect(stranger).toMatchObject({ code: 'VALIDATION', fields: { unit: '该单位不是本活动的参与单位' } })
    const typed = await refusedUnchanged(t, c.id, 'campaigns.report.save', report([{ itemId: itemId(c, '查扣件数'), value: 5 }]), clerk)
    expect(typed).toMatchObject({ code: 'VALIDATION', fields: { 'figures.0.value': '“查封、扣押”由台账自动统计，不能填写' } })
    const textAsCount = await refusedUnchanged(t, c.id, 'campaigns.report.save', report([{ itemId: itemId(c, '亮点活动'), value: 3 }]), clerk)
    expect(textAsCount.code).toBe('VALIDATION')

    // Stale versions: a second first save, a save or submit of a version already replaced.
    const a = await save(A, 0, [{ itemId: staff, value: 5 }])
    expect((await refusedUnchanged(t, c.id, 'campaigns.report.save', report([{ itemId: staff, value: 6 }]), clerk)).code).toBe('CONFLICT')
    const moved = await save(A, a.version, [{ itemId: staff, value: 6 }])
    expect((await refusedUnchanged(t, c.id, 'campaigns.report.save', report([{ itemId: staff, value: 7 }], A, a.version), clerk)).code).toBe('CONFLICT')
    expect((await refusedUnchanged(t, c.id, 'campaigns.report.submit', { campaignId: c.id, unit: A, version: a.version }, clerk)).code).toBe('CONFLICT')
    // Nothing saved yet cannot be sent (0 is no report's version).
    expect((await refusedUnchanged(t, c.id, 'campaigns.report.submit', { campaignId: c.id, unit: B, version: 0 }, clerk)).code).toBe('VALIDATION')
    expect(figure(await t.ok('campaigns.report.get', { campaignId: c.id, unit: A }, clerk), c, '出动工作人员').value).toBe(6)
    expect(moved.version).toBe(2)
  })

  it('keeps a submitted report until the lead office returns it with a comment, then takes it again', async () => {
    const { c, clerk, lead, save, staff } = await started()
    let a = await save(A, 0, [{ itemId: staff, value: 30 }])
    a = await t.ok('campaigns.report.submit', { campaignId: c.id, unit: A, version: a.version }, clerk)
    const edit = await refusedUnchanged(t, c.id, 'campaigns.report.save', { campaignId: c.id, unit: A, version: a.version, figures: [{ itemId: staff, value: 31 }] }, clerk)
    expect(edit).toMatchObject({ code: 'STATE', message: `${A}已报送，须由牵头单位退回后才能修改` })
    expect((await refusedUnchanged(t, c.id, 'campaigns.report.submit', { campaignId: c.id, unit: A, version: a.version }, clerk)).code).toBe('STATE')
    expect((await refusedUnchanged(t, c.id, 'campaigns.report.return', { campaignId: c.id, unit: A, version: a.version, comment: '' }, lead)).fields).toHaveProperty('comment')

    a = await t.ok('campaigns.report.return', { campaignId: c.id, unit: A, version: a.version, comment: '出动人次有误，请核实' }, lead)
    expect([a.status, a.returnComment, a.submittedAt]).toEqual(['returned', '出动人次有误，请核实', null])
    const all = await reload(c)
    expect(all.reports[0]).toMatchObject({ unit: A, status: 'returned', returnComment: '出动人次有误，请核实' })
    // A returned report is no longer in the bureau's figures.
    expect(figure(all, c, '出动工作人员').value).toBe(0)
    // Returning twice is refused: it is not sent.
    expect((await refusedUnchanged(t, c.id, 'campaigns.report.return', { campaignId: c.id, unit: A, version: a.version, comment: '再退' }, lead)).code).toBe('STATE')

    a = await save(A, a.version, [{ itemId: staff, value: 28 }])
    expect(a.status).toBe('returned')
    a = await t.ok('campaigns.report.submit', { campaignId: c.id, unit: A, version: a.version }, clerk)
    expect(a.status).toBe('submitted')
    expect(figure(await reload(c), c, '出动工作人员').value).toBe(28)
  })

  it('locks only when every unit has sent, and then refuses every change', async () => {
    const { c, clerk, lead, save, staff } = await started()
    let a = await save(A, 0, [{ itemId: staff, value: 30 }])
    a = await t.ok('campaigns.report.submit', { campaignId: c.id, unit: A, version: a.version }, clerk)
    let b = await save(B, 0, [{ itemId: staff, value: 12 }])
    const early = await refusedUnchanged(t, c.id, 'campaigns.lock', { id: c.id, version: (await reload(c)).version }, lead)
    expect(early.code).toBe('STATE')
    expect(early.message).toContain(B)
    expect(early.message).not.toContain(A)

    b = await t.ok('campaigns.report.submit', { campaignId: c.id, unit: B, version: b.version }, clerk)
    const locked = await t.ok('campaigns.lock', { id: c.id, version: (await reload(c)).version }, lead)
    expect([locked.status, locked.lockedByName]).toEqual(['locked', '钱法制'])
    expect((await t.ok('campaigns.report.get', { campaignId: c.id, unit: A }, clerk)).locked).toBe(true)

    const tries = [
      await refusedUnchanged(t, c.id, 'campaigns.report.save', { campaignId: c.id, unit: B, version: b.version, figures: [] }, clerk),
      await refusedUnchanged(t, c.id, 'campaigns.report.submit', { campaignId: c.id, unit: B, version: b.version }, clerk),
      await refusedUnchanged(t, c.id, 'campaigns.report.return', { campaignId: c.id, unit: A, version: a.version, comment: '请修改' }, lead),
      await refusedUnchanged(t, c.id, 'campaigns.items.save', { id: c.id, version: locked.version, items: locked.items.filter((i) => i.source === null).map((i) => ({ id: i.id, name: i.name, kind: i.kind as 'count' | 'text' })) }, lead),
      await refusedUnchanged(t, c.id, 'campaigns.task.create', { campaignId: c.id, facts: { work: '补充宣传', leadOffice: '消费者权益保护科' } }, lead),
    ]
    for (const e of tries) expect([e.code, e.message]).toEqual(['STATE', expect.stringContaining('已锁定')])
  })
})

describe('beneath core', () => {
  it('a submitted report’s figures and a locked campaign’s reports do not change, and no figure is negative', async () => {
    const { c, clerk, lead, save, staff } = await started()
    let a = await save(A, 0, [{ itemId: staff, value: 30 }])
    a = await t.ok('campaigns.report.submit', { campaignId: c.id, unit: A, version: a.version }, clerk)
    const b = await save(B, 0, [{ itemId: staff, value: 12 }])
    const raw = new BetterSqlite3(t.core.dbFile)
    try {
      const sent = () => raw.prepare('SELECT item_id, value, text, from_records FROM campaign_figures WHERE report_id = ? ORDER BY item_id').all(a.id)
      const before = sent()
      expect(() => raw.prepare('UPDATE campaign_figures SET value = 99 WHERE report_id = ? AND item_id = ?').run(a.id, staff)).toThrow(/submitted report is returned before its figures change/)
      expect(() => raw.prepare('DELETE FROM campaign_figures WHERE report_id = ?').run(a.id)).toThrow(/submitted report/)
      expect(() => raw.prepare("INSERT INTO campaign_figures (report_id, item_id, value) VALUES (?, ?, 1)").run(a.id, itemId(c, '亮点活动'))).toThrow(/submitted report/)
      expect(sent()).toEqual(before)
      // A draft's figures may change beneath core, but never below 0 nor to a fraction.
      expect(() => raw.prepare('UPDATE campaign_figures SET value = -1 WHERE report_id = ?').run(b.id)).toThrow(/CHECK constraint failed/)
      expect(() => raw.prepare('UPDATE campaign_figures SET value = 1.5 WHERE report_id = ?').run(b.id)).toThrow(/cannot store REAL value in INTEGER column/)
      expect(raw.prepare('SELECT value FROM campaign_figures WHERE report_id = ?').pluck().all(b.id)).toEqual([12])
    } finally {
      raw.close()
    }

    await t.ok('campaigns.report.submit', { campaignId: c.id, unit: B, version: b.version }, clerk)
    await t.ok('campaigns.lock', { id: c.id, version: (await reload(c)).version }, lead)
    const db = new BetterSqlite3(t.core.dbFile)
    try {
      expect(() => db.prepare("UPDATE campaign_reports SET status = 'returned' WHERE id = ?").run(a.id)).toThrow(/the campaign is locked/)
      expect(() => db.prepare("UPDATE campaigns SET status = 'open' WHERE id = ?").run(c.id)).toThrow(/a locked campaign stays locked/)
    } finally {
      db.close()
    }
  })
})
